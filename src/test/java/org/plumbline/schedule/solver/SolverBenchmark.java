package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the engine on generated problems: moves evaluated per second and the score
 * reached, per preset, on one solver thread. Not a test (it asserts nothing and takes
 * minutes); run it with {@code ./mvnw -B -q -Pbench test-compile exec:exec
 * -Dbench.args="10 1"} (seconds, or a step count as {@code 2000steps}; the seed; then
 * optionally presets, and {@code profile} to repeat each run with one constraint switched
 * off at a time).
 */
final class SolverBenchmark {

	private SolverBenchmark() {
	}

	public static void main(String[] args) {
		String limit = args.length > 0 ? args[0] : "10";
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		List<ProblemGenerator.Preset> presets = new ArrayList<>();
		boolean profile = false;
		for (int index = 2; index < args.length; index++) {
			if (args[index].equals("profile")) {
				profile = true;
			}
			else {
				presets.add(ProblemGenerator.Preset.valueOf(args[index].toUpperCase(Locale.ROOT)));
			}
		}
		if (presets.isEmpty()) {
			presets = List.of(ProblemGenerator.Preset.values());
		}
		for (ProblemGenerator.Preset preset : presets) {
			SchedulingProblem problem = ProblemGenerator.generate(preset, seed);
			run(preset + " all constraints", problem, limit, seed);
			if (profile) {
				for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
					if (constraint.weighable()) {
						run(preset + " without " + constraint.title(), without(problem, constraint), limit, seed);
					}
				}
			}
		}
	}

	private static void run(String label, SchedulingProblem problem, String limit, long seed) {
		ProblemValidator.validate(problem);
		Termination termination = limit.endsWith("steps")
				? Termination.steps(Integer.parseInt(limit.substring(0, limit.length() - "steps".length())))
				: Termination.seconds(Long.parseLong(limit));
		DefaultSolver<Timetabling> solver = (DefaultSolver<Timetabling>) ScheduleSolver.factory(termination, seed)
			.buildSolver();
		long started = System.nanoTime();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		Timetabling solved = solver.solve(new ModelBuilder(problem).unsolved());
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		HardMediumSoftScore score = solved.getScore();
		// On a loaded machine the wall-clock speed understates the engine; the moves
		// per CPU second of the solving thread do not.
		double wallSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"%-45s talks %5d  limit %-10s wall %5.1f s  cpu %5.1f s  moves/s %7d  moves/cpu-s %7.0f  score %s%n",
				label, problem.talks().size(), limit, wallSeconds, cpuSeconds, solver.getMoveEvaluationSpeed(),
				solver.getMoveEvaluationCount() / cpuSeconds, score);
	}

	private static SchedulingProblem without(SchedulingProblem problem, ScheduleConstraint switchedOff) {
		Map<ScheduleConstraint, Weight> weights = new EnumMap<>(ScheduleConstraint.class);
		weights.putAll(problem.weights());
		weights.put(switchedOff, new Weight(switchedOff.defaultWeight().level(), 0));
		return new SchedulingProblem(problem.blocks(), problem.rooms(), problem.tracks(), problem.talks(),
				problem.penalties(), weights);
	}

}
