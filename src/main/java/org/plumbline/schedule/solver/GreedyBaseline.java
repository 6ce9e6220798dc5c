package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an organiser's greedy gives, for the benchmark to compare the solver with: the
 * talks taken one by one, those needing the most slots first (in the problem's order
 * among equals), each put in the first spot, in block, room and slot order, that adds no
 * penalty given the talks placed before it, or else in the spot that adds the least. It
 * is Timefold's construction heuristic alone, without local search, so it uses no
 * randomness and always gives the same placements.
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
		List<Talk> biggestFirst = problem.talks()
			.stream()
			.sorted(Comparator.comparingInt(Talk::slots).reversed())
			.toList();
		SchedulingProblem ordered = new SchedulingProblem(problem.blocks(), problem.rooms(), problem.tracks(),
				biggestFirst, problem.penalties(), problem.weights());
		Timetabling placed = SolverFactory.<Timetabling>create(construction())
			.buildSolver()
			.solve(new ModelBuilder(ordered).unsolved());
		Map<String, PlannedTalk> byId = placed.getTalks()
			.stream()
			.collect(Collectors.toMap(PlannedTalk::id, Function.identity()));
		List<TalkPlacement> placements = problem.talks()
			.stream()
			.map(talk -> byId.get(talk.id()))
			.map(talk -> new TalkPlacement(talk.id(), talk.blockId(), talk.roomId(), talk.firstSlot()))
			.toList();
		return new Result(placements, placed.getScore());
	}

	/**
	 * Only the construction heuristic: {@code FIRST_FIT} takes the talks in list order
	 * and tries spots in their value range's order.
	 */
	private static SolverConfig construction() {
		return new SolverConfig().withSolutionClass(Timetabling.class)
			.withEntityClasses(PlannedTalk.class)
			.withConstraintProviderClass(ScheduleConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withPhases(new ConstructionHeuristicPhaseConfig()
				.withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT)
				.withForagerConfig(new ConstructionHeuristicForagerConfig()
					.withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE)));
	}

	/** The greedy's placements and the score the constraints give them. */
	record Result(List<TalkPlacement> placements, HardMediumSoftScore score) {
	}

}
