package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A solver run of an event as a backup of the event holds it: every column of it, its
 * files and its best scores over time.
 *
 * @param day the one day it places, or {@code null} for every day
 * @param draftVersion the draft's version its problem was read from
 * @param files its instance, solution and report, naming persons and blocks as the caller
 * does (see {@link RunFileKeys})
 * @param requestedBy the organiser's account, or {@code null} once deleted
 * @param claimedBy the instance that ran it, or {@code null} if none claimed it
 * @param progress its best scores, in order
 */
public record BackedUpRun(RunState state, LocalDate day, long seed, int seconds, int threads, int draftVersion,
		RunFiles files, String bestScore, String error, boolean stopRequested, long spentMillis, Long requestedBy,
		Instant requestedAt, Instant startedAt, Instant heartbeatAt, Instant finishedAt, String claimedBy, int version,
		List<ScorePoint> progress) {

	public BackedUpRun {
		progress = List.copyOf(progress);
	}

	/**
	 * The same run as another database names what it refers to: its persons and blocks in
	 * its files, and its requester.
	 */
	public BackedUpRun naming(RunFiles otherFiles, Long otherRequestedBy) {
		return new BackedUpRun(state, day, seed, seconds, threads, draftVersion, otherFiles, bestScore, error,
				stopRequested, spentMillis, otherRequestedBy, requestedAt, startedAt, heartbeatAt, finishedAt,
				claimedBy, version, progress);
	}

}
