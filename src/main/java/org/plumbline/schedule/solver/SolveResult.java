package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * The best solution found: every talk's placement (in the problem's talk order), its
 * score, the seed of the solver that found it, and its report.
 */
public record SolveResult(List<TalkPlacement> placements, HardMediumSoftScore score, long seed, ScheduleReport report) {
}
