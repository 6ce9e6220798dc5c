package org.plumbline.schedule.domain;

import java.time.Duration;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.plumbline.schedule.ScorePoint;
import org.plumbline.schedule.solver.SolveProgress;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.StopSignal;

/**
 * One run as its supervisor follows it: the solving time since it began, the best score
 * the side-by-side solvers have found (told from their threads), the point not stored
 * yet, the signal that stops its solvers, and why it was stopped: an organiser asked, it
 * was lost to another instance, or its instance shut down while it was solving.
 */
final class RunSolving {

	private final long startNanos = System.nanoTime();

	private final StopSignal stop = new StopSignal();

	private HardMediumSoftScore best;

	private ScorePoint unstored;

	private int nextPosition;

	private volatile boolean stopAsked;

	private volatile boolean lost;

	private boolean solved;

	private volatile boolean stoppedByShutdown;

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

	/** What its solvers watch: once stopped, they end their step with the best so far. */
	StopSignal stopSignal() {
		return stop;
	}

	void stopAsked() {
		stopAsked = true;
		stop.stop();
	}

	boolean isStopAsked() {
		return stopAsked;
	}

	void lost() {
		lost = true;
		stop.stop();
	}

	/**
	 * Stops its solvers because its instance shuts down, unless they have already
	 * returned their result: a run that ended by itself as the instance shut down
	 * finished.
	 */
	synchronized void stopForShutdown() {
		if (!solved) {
			stoppedByShutdown = true;
			stop.stop();
		}
	}

	/** Told by the solving thread as its solvers return their result. */
	synchronized SolveResult solved(SolveResult result) {
		solved = true;
		return result;
	}

	boolean isStoppedByShutdown() {
		return stoppedByShutdown;
	}

	boolean isLost() {
		return lost;
	}

}
