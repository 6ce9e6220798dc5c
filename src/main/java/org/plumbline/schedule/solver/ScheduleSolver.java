package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Solves a scheduling problem headless, and reports on any solution. Timefold's own
 * multithreaded solving is commercial, so {@code threads} runs that many independent
 * solvers side by side, seeded {@code seed}, {@code seed + 1}, ..., and keeps the best
 * (the lowest seed among equals, so a step-limited run is reproducible).
 */
public final class ScheduleSolver {

	private static final long MOVES_PER_STEP = 100;

	private ScheduleSolver() {
	}

	/**
	 * Validates the problem (throwing {@link InvalidProblemException} before any
	 * solving), then solves it on {@code threads} solvers side by side and returns the
	 * best.
	 */
	public static SolveResult solve(SchedulingProblem problem, Termination termination, long seed, int threads) {
		return solve(problem, termination, seed, threads, SolveProgress.SILENT);
	}

	/**
	 * As {@link #solve(SchedulingProblem, Termination, long, int)}, telling progress of
	 * each new best score.
	 */
	public static SolveResult solve(SchedulingProblem problem, Termination termination, long seed, int threads,
			SolveProgress progress) {
		return solve(problem, termination, seed, threads, progress, new StopSignal());
	}

	/**
	 * As {@link #solve(SchedulingProblem, Termination, long, int, SolveProgress)}, ending
	 * early with the best solution so far when {@code stop} is given.
	 */
	public static SolveResult solve(SchedulingProblem problem, Termination termination, long seed, int threads,
			SolveProgress progress, StopSignal stop) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
		ProblemValidator.validate(problem);
		ModelBuilder model = new ModelBuilder(problem);
		List<SeededSolution> solutions = threads == 1 ? List.of(solveOne(model, termination, seed, progress, stop))
				: solveSideBySide(model, termination, seed, threads, progress, stop);
		// A solver stopped while still constructing has no timetable, however good its
		// partial score: only complete ones compete.
		SeededSolution best = solutions.stream()
			.filter(solution -> complete(solution.timetabling()))
			.max(Comparator.comparing((SeededSolution solution) -> solution.timetabling().getScore())
				.thenComparing(SeededSolution::seed, Comparator.reverseOrder()))
			.orElseThrow(IncompleteSolutionException::new);
		List<TalkPlacement> placements = best.timetabling()
			.getTalks()
			.stream()
			.map(talk -> new TalkPlacement(talk.id(), talk.blockId(), talk.roomId(), talk.firstSlot()))
			.toList();
		return new SolveResult(placements, best.timetabling().getScore(), best.seed(),
				report(problem, model, placements));
	}

	/** The report for a given solution: every talk placed, pinned talks at their pins. */
	public static ScheduleReport report(SchedulingProblem problem, List<TalkPlacement> placements) {
		ProblemValidator.validate(problem, placements);
		return report(problem, new ModelBuilder(problem), placements);
	}

	private static ScheduleReport report(SchedulingProblem problem, ModelBuilder model,
			List<TalkPlacement> placements) {
		return ScheduleReports.analyze(SolutionManager.create(SolverFactory.create(model())),
				weights -> model.placed(placements, weights), ModelBuilder.weightsOf(problem),
				ConflictCounts.of(problem, placements));
	}

	private static List<SeededSolution> solveSideBySide(ModelBuilder model, Termination termination, long seed,
			int threads, SolveProgress progress, StopSignal stop) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<SeededSolution>> running = new ArrayList<>();
			for (int index = 0; index < threads; index++) {
				long solverSeed = seed + index;
				running.add(executor.submit(() -> solveOne(model, termination, solverSeed, progress, stop)));
			}
			List<SeededSolution> solutions = new ArrayList<>();
			for (Future<SeededSolution> solution : running) {
				solutions.add(solution.get());
			}
			return solutions;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("solving was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a solver failed", ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static SeededSolution solveOne(ModelBuilder model, Termination termination, long seed,
			SolveProgress progress, StopSignal stop) {
		Solver<Timetabling> solver = factory(termination, seed).buildSolver();
		stop.watch(solver);
		solver.addEventListener(event -> {
			// A timetable still under construction is no result yet: neither told nor
			// stopped at.
			if (!complete(event.getNewBestSolution())) {
				return;
			}
			// A stop given before solve() began was reset by it; the first complete best
			// solution ends the run instead.
			if (stop.stopped()) {
				solver.terminateEarly();
			}
			progress.newBestScore(seed, (HardMediumSoftScore) event.getNewBestScore(),
					Duration.ofMillis(event.getTimeMillisSpent()));
		});
		Timetabling solved = solver.solve(model.unsolved());
		return new SeededSolution(seed, solved);
	}

	static boolean complete(Timetabling timetabling) {
		return timetabling.getTalks().stream().allMatch(talk -> talk.getSpot() != null);
	}

	static SolverConfig model() {
		return new SolverConfig().withSolutionClass(Timetabling.class)
			.withEntityClasses(PlannedTalk.class)
			.withConstraintProviderClass(ScheduleConstraints.class);
	}

	/**
	 * The solver configuration for one seeded run; the benchmark builds its solvers from
	 * it.
	 */
	static SolverFactory<Timetabling> factory(Termination termination, long seed) {
		LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves());
		SolverConfig config = model().withEnvironmentMode(EnvironmentMode.NO_ASSERT).withRandomSeed(seed);
		switch (termination) {
			// The time limit is the local search's: construction always places every talk
			// first, so a short limit on a large problem still gives a complete
			// timetable.
			case Termination.Seconds seconds -> localSearch
				.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds.seconds())));
			// A step ends only when a move is accepted; on a tiny or tight problem none
			// may ever
			// be, so the moves tried are capped too (a count, so the run stays
			// reproducible).
			case Termination.Steps steps ->
				localSearch.withTerminationConfig(new TerminationConfig().withStepCountLimit(steps.steps())
					.withMoveCountLimit(MOVES_PER_STEP * steps.steps()));
		}
		return SolverFactory.create(config.withPhases(construction(), localSearch));
	}

	/**
	 * The construction heuristic, which the greedy baseline runs alone: the talks hardest
	 * first ({@link TalkDifficulty}), each in the first spot, in block, room and slot
	 * order, that makes the score no worse, else in the best. Trying every spot for every
	 * talk took minutes on 1,100 talks before the local search could start.
	 */
	static ConstructionHeuristicPhaseConfig construction() {
		return new ConstructionHeuristicPhaseConfig()
			.withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING)
			.withForagerConfig(new ConstructionHeuristicForagerConfig()
				.withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE));
	}

	/**
	 * Single talks changed or swapped (Timefold's default moves), and whole sessions and
	 * blocks carried elsewhere.
	 */
	private static UnionMoveSelectorConfig moves() {
		return new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
				new SwapMoveSelectorConfig(),
				new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SessionSwapMoves.class),
				new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockSwapMoves.class));
	}

	private record SeededSolution(long seed, Timetabling timetabling) {
	}

}
