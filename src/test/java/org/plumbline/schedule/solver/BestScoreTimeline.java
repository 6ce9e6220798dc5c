package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new best scores of a run's solvers over time, so that one long run tells the score
 * each shorter limit would have reached: a time limit bounds the local search only, so a
 * run of {@code --seconds 10} follows the same path as the first ten seconds of local
 * search of a longer run with the same seed. Each solver's local search starts at its
 * first complete timetable, the end of its construction.
 */
final class BestScoreTimeline implements SolveProgress {

	private final Map<Long, Duration> constructed = new HashMap<>();

	private final List<Best> bests = new ArrayList<>();

	@Override
	public synchronized void newBestScore(long seed, HardMediumSoftScore score, Duration spent) {
		Duration constructionEnd = constructed.computeIfAbsent(seed, first -> spent);
		bests.add(new Best(score, spent, spent.minus(constructionEnd)));
	}

	/** The slowest solver's construction time: no solver has a timetable before it. */
	synchronized Duration construction() {
		return constructed.values().stream().max(Duration::compareTo).orElseThrow();
	}

	/** The best score of any solver after this much of its local search. */
	synchronized Optional<HardMediumSoftScore> bestAfter(Duration localSearch) {
		return bests.stream()
			.filter(best -> best.localSearch().compareTo(localSearch) <= 0)
			.map(Best::score)
			.max(HardMediumSoftScore::compareTo);
	}

	/**
	 * How long the first solver to reach a timetable without hard conflicts took to reach
	 * it, its construction included; empty if none did.
	 */
	synchronized Optional<Duration> firstWithoutHardConflicts() {
		return bests.stream().filter(best -> best.score().hardScore() == 0).map(Best::spent).min(Duration::compareTo);
	}

	private record Best(HardMediumSoftScore score, Duration spent, Duration localSearch) {
	}

}
