package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.plumbline.schedule.instance.SchedulingFiles;

/**
 * Measures the engine on generated problems: the score reached per preset, next to the
 * greedy baseline's and the lower bound, and on one thread the moves evaluated per
 * second. Not a test (it asserts nothing and takes minutes); run it with
 * {@code ./mvnw -B -q -Pbench
 * test-compile exec:exec -Dbench.args="10 1"}: the limits (seconds, or a step count as
 * {@code 2000steps}; several separated by commas, run one after another on the same
 * problem; or checkpoints such as {@code 10/60/300}, one run to the last, printing the
 * best score after each one's seconds of local search); the seed; then optionally
 * presets, or scheduling instance files ({@code NAME.json}, such as an event's problem as
 * its organisers download it, which {@code PageBenchmark} keeps of the events it
 * generates), {@code 2threads} (or any count) to run that many seeded solvers side by
 * side as {@link ScheduleSolver#solve} does, and {@code profile} to repeat each
 * one-thread run with one constraint switched off at a time.
 */
final class SolverBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final OperatingSystemMXBean SYSTEM = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private SolverBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<String> limits = List.of((args.length > 0 ? args[0] : "10").split(","));
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		Map<String, SchedulingProblem> problems = new LinkedHashMap<>();
		boolean profile = false;
		int threads = 1;
		for (int index = 2; index < args.length; index++) {
			if (args[index].equals("profile")) {
				profile = true;
			}
			else if (args[index].endsWith("threads")) {
				threads = Integer.parseInt(args[index].substring(0, args[index].length() - "threads".length()));
			}
			else if (args[index].endsWith(".json")) {
				Path file = Path.of(args[index]);
				problems.put(file.getFileName().toString().replace("-scheduling-instance.json", ""),
						SchedulingFiles.readInstance(Files.readAllBytes(file)));
			}
			else {
				ProblemGenerator.Preset preset = ProblemGenerator.Preset.valueOf(args[index].toUpperCase(Locale.ROOT));
				problems.put(preset.toString(), ProblemGenerator.generate(preset, seed));
			}
		}
		if (problems.isEmpty()) {
			for (ProblemGenerator.Preset preset : ProblemGenerator.Preset.values()) {
				problems.put(preset.toString(), ProblemGenerator.generate(preset, seed));
			}
		}
		for (Map.Entry<String, SchedulingProblem> named : problems.entrySet()) {
			String preset = named.getKey();
			SchedulingProblem problem = named.getValue();
			baselines(preset + " seed " + seed, problem);
			for (String limit : limits) {
				if (threads == 1) {
					run(preset + " all constraints", problem, limit, seed);
				}
				else {
					runSideBySide(preset + " all constraints", problem, limit, seed, threads);
				}
				if (profile) {
					for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
						if (constraint.weighable()) {
							run(preset + " without " + constraint.title(), without(problem, constraint), limit, seed);
						}
					}
				}
			}
		}
	}

	/** The lower bound and the greedy's score, which every limit's score sits between. */
	private static void baselines(String label, SchedulingProblem problem) {
		HardMediumSoftScore bound = LowerBound.of(problem);
		long started = System.nanoTime();
		long cpuBefore = THREADS.getCurrentThreadCpuTime();
		GreedyBaseline.Result greedy = GreedyBaseline.place(problem);
		double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		double wallSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT, "%-45s talks %5d  bound %s  greedy %s (wall %.1f s, cpu %.1f s)%n", label,
				problem.talks().size(), bound, greedy.score(), wallSeconds, cpuSeconds);
	}

	private static Termination termination(String limit) {
		if (limit.contains("/")) {
			return Termination.seconds(checkpoints(limit).getLast());
		}
		return limit.endsWith("steps")
				? Termination.steps(Integer.parseInt(limit.substring(0, limit.length() - "steps".length())))
				: Termination.seconds(Long.parseLong(limit));
	}

	private static void run(String label, SchedulingProblem problem, String limit, long seed) {
		ProblemValidator.validate(problem);
		DefaultSolver<Timetabling> solver = (DefaultSolver<Timetabling>) ScheduleSolver
			.factory(termination(limit), seed)
			.buildSolver();
		BestScoreTimeline timeline = new BestScoreTimeline();
		solver.addEventListener(event -> {
			if (ScheduleSolver.complete(event.getNewBestSolution())) {
				timeline.newBestScore(seed, (HardMediumSoftScore) event.getNewBestScore(),
						Duration.ofMillis(event.getTimeMillisSpent()));
			}
		});
		long started = System.nanoTime();
		long cpuBefore = THREADS.getCurrentThreadCpuTime();
		Timetabling solved = solver.solve(new ModelBuilder(problem).unsolved());
		double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		HardMediumSoftScore score = solved.getScore();
		// On a loaded machine the wall-clock speed understates the engine; the moves
		// per CPU second of the solving thread do not.
		double wallSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"%-45s talks %5d  limit %-10s wall %5.1f s  cpu %5.1f s  moves/s %7d  moves/cpu-s %7.0f  load %4.1f  score %s%n",
				label, problem.talks().size(), limit, wallSeconds, cpuSeconds, solver.getMoveEvaluationSpeed(),
				solver.getMoveEvaluationCount() / cpuSeconds, SYSTEM.getSystemLoadAverage(), score);
		printCheckpoints(label, limit, timeline);
	}

	private static List<Long> checkpoints(String limit) {
		return Stream.of(limit.split("/")).map(Long::parseLong).toList();
	}

	/**
	 * For a limit of checkpoints, the score each one's seconds of local search reached.
	 */
	private static void printCheckpoints(String label, String limit, BestScoreTimeline timeline) {
		if (!limit.contains("/")) {
			return;
		}
		System.out.printf(Locale.ROOT, "%-45s constructed in %.1f s, %s%n", label,
				timeline.construction().toMillis() / 1e3,
				timeline.firstWithoutHardConflicts()
					.map(spent -> String.format(Locale.ROOT, "no hard conflict after %.1f s", spent.toMillis() / 1e3))
					.orElse("hard conflicts remain"));
		for (long seconds : checkpoints(limit)) {
			System.out.printf(Locale.ROOT, "%-45s after %4d s of local search  score %s%n", label, seconds,
					timeline.bestAfter(Duration.ofSeconds(seconds)).orElseThrow());
		}
	}

	/**
	 * The solvers side by side, as {@link ScheduleSolver#solve} runs them; the CPU time
	 * is the whole process's, so it shows how much of the cores the solvers got.
	 */
	private static void runSideBySide(String label, SchedulingProblem problem, String limit, long seed, int threads) {
		long started = System.nanoTime();
		long cpuBefore = SYSTEM.getProcessCpuTime();
		BestScoreTimeline timeline = new BestScoreTimeline();
		SolveResult result;
		try {
			result = ScheduleSolver.solve(problem, termination(limit), seed, threads, timeline);
		}
		catch (RuntimeException failed) {
			// Printed so that the other presets and limits still run; a limit that ends
			// before every talk is placed failed this way.
			System.out.printf(Locale.ROOT, "%-45s talks %5d  limit %-10s threads %d  FAILED %s%n", label,
					problem.talks().size(), limit, threads, failed);
			return;
		}
		double cpuSeconds = (SYSTEM.getProcessCpuTime() - cpuBefore) / 1e9;
		double wallSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"%-45s talks %5d  limit %-10s threads %d  wall %5.1f s  process cpu %5.1f s  load %4.1f  best seed %d  score %s%n",
				label, problem.talks().size(), limit, threads, wallSeconds, cpuSeconds, SYSTEM.getSystemLoadAverage(),
				result.seed(), result.score());
		printCheckpoints(label, limit, timeline);
	}

	private static SchedulingProblem without(SchedulingProblem problem, ScheduleConstraint switchedOff) {
		Map<ScheduleConstraint, Weight> weights = new EnumMap<>(ScheduleConstraint.class);
		weights.putAll(problem.weights());
		weights.put(switchedOff, new Weight(switchedOff.defaultWeight().level(), 0));
		return new SchedulingProblem(problem.blocks(), problem.rooms(), problem.tracks(), problem.talks(),
				problem.penalties(), weights);
	}

}
