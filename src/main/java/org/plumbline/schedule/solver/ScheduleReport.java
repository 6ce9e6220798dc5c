package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.plumbline.schedule.ConflictLevel;

/**
 * A solution's score, each constraint's penalties in {@link ScheduleConstraint} order,
 * and its conflicts counted as the timetable counts them.
 */
public record ScheduleReport(HardMediumSoftScore score, List<ConstraintReport> constraints, ConflictCounts conflicts) {

	/** The line of one constraint. */
	public ConstraintReport constraint(ScheduleConstraint constraint) {
		return constraints.stream().filter(line -> line.name().equals(constraint.title())).findFirst().orElseThrow();
	}

	/** The hard constraints the solution breaks, with how often. */
	public List<ConstraintReport> hardViolations() {
		return constraints.stream().filter(line -> line.level() == ConflictLevel.HARD && line.penalties() > 0).toList();
	}

}
