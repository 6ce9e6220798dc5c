package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts each constraint's penalties on a solution. Timefold 2.x offers score analysis
 * (per-constraint scores and matches) only in its commercial edition, so each constraint
 * is counted by scoring the solution once with that constraint alone switched on at
 * weight 1, through the community {@link SolutionManager#update}.
 */
final class ScheduleReports {

	private ScheduleReports() {
	}

	static ScheduleReport analyze(SolutionManager<Timetabling, HardMediumSoftScore> solutionManager,
			Function<ConstraintWeightOverrides<HardMediumSoftScore>, Timetabling> placed,
			Map<ScheduleConstraint, Weight> weights, ConflictCounts conflicts) {
		HardMediumSoftScore score = solutionManager.update(placed.apply(overrides(weights)));
		List<ConstraintReport> constraints = new ArrayList<>();
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			Weight weight = weights.get(constraint);
			long penalties = 0;
			if (weight.weight() > 0) {
				Weight unit = new Weight(weight.level(), 1);
				penalties = -unit.levelValue(solutionManager.update(placed.apply(alone(constraint, unit))));
			}
			constraints.add(new ConstraintReport(constraint.title(), weight.level(), weight.weight(), penalties));
		}
		return new ScheduleReport(score, List.copyOf(constraints), conflicts);
	}

	static ConstraintWeightOverrides<HardMediumSoftScore> overrides(Map<ScheduleConstraint, Weight> weights) {
		Map<String, HardMediumSoftScore> overrides = new LinkedHashMap<>();
		weights.forEach((constraint, weight) -> overrides.put(constraint.title(), weight.score()));
		return ConstraintWeightOverrides.of(overrides);
	}

	private static ConstraintWeightOverrides<HardMediumSoftScore> alone(ScheduleConstraint counted, Weight unit) {
		Map<String, HardMediumSoftScore> overrides = new LinkedHashMap<>();
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			overrides.put(constraint.title(), constraint == counted ? unit.score() : HardMediumSoftScore.ZERO);
		}
		return ConstraintWeightOverrides.of(overrides);
	}

}
