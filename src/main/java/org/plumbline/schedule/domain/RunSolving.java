package org.plumbline.schedule.domain;

import java.time.Duration;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.plumbline.schedule.ScorePoint;
import org.plumbline.schedule.solver.SolveProgress;

/**
 * One run as its supervisor follows it: the solving time since it began, the best score
 * the side-by-side solvers have found (told from their threads), the point not stored
 * yet, and whether an organiser stopped it or it was lost to another instance.
 */
final class RunSolving {

	private final long startNanos = System.nanoTime();

	private HardMediumSoftScore best;

	private ScorePoint unstored;

	private int nextPosition;

	private volatile boolean stopAsked;

	private volatile boolean lost;

	/** Where the solvers tell each new best score of theirs. */
	SolveProgress best() {
		return this::found;
	}

	private synchronized void found(long seed, HardMediumSoftScore score, Duration spent) {
		if (best != null && score.compareTo(best) <= 0) {
			return;
		}
		best = score;
		int position = unstored == null ? nextPosition++ : unstored.position();
		unstored = new ScorePoint(position, spent.toMillis(), score.hardScore(), score.mediumScore(),
				score.softScore());
	}

	/**
	 * The latest new best since the last call, if any: the points in between are dropped,
	 * so that at most one is stored per tick.
	 */
	synchronized Optional<ScorePoint> takeNewBest() {
		Optional<ScorePoint> point = Optional.ofNullable(unstored);
		unstored = null;
		return point;
	}

	long spentMillis() {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	void stopAsked() {
		stopAsked = true;
	}

	boolean isStopAsked() {
		return stopAsked;
	}

	void lost() {
		lost = true;
	}

	boolean isLost() {
		return lost;
	}

}
