package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.List;

/**
 * What an organiser's greedy gives, for the benchmark to compare the solver with: the
 * solver's construction heuristic ({@link ScheduleSolver#construction()}) alone, without
 * local search. It takes the talks needing the most slots first (in the problem's order
 * among equals) and puts each in the first spot, in block, room and slot order, that adds
 * no penalty given the talks placed before it, or else in the spot that adds the least.
 * It uses no randomness, so it always gives the same placements, and the solver starts
 * its local search from them.
 * <p>
 * Trying every spot for every talk before choosing ("the cheapest spot") would be a
 * stronger greedy, but on 1,100 talks and about 2,900 spots each it takes minutes.
 */
final class GreedyBaseline {

	private GreedyBaseline() {
	}

	/** The greedy's placements (in the problem's talk order) and their score. */
	static Result place(SchedulingProblem problem) {
		ProblemValidator.validate(problem);
		Timetabling placed = SolverFactory
			.<Timetabling>create(ScheduleSolver.model()
				.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
				.withPhases(ScheduleSolver.construction()))
			.buildSolver()
			.solve(new ModelBuilder(problem).unsolved());
		List<TalkPlacement> placements = placed.getTalks()
			.stream()
			.map(talk -> new TalkPlacement(talk.id(), talk.blockId(), talk.roomId(), talk.firstSlot()))
			.toList();
		return new Result(placements, placed.getScore());
	}

	/** The greedy's placements and the score the constraints give them. */
	record Result(List<TalkPlacement> placements, HardMediumSoftScore score) {
	}

}
