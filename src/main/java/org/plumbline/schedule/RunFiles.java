package org.plumbline.schedule;

/**
 * A solver run's files in the scheduling formats (docs/scheduling-instance.md): the
 * problem it was given, and once it ended with a result, its solution and report; read
 * them with {@link org.plumbline.schedule.instance.SchedulingFiles}.
 *
 * @param solutionJson {@code null} until the run has a result
 * @param reportJson {@code null} until the run has a result
 */
public record RunFiles(String instanceJson, String solutionJson, String reportJson) {
}
