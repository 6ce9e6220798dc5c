package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A solver run of an event, without its files.
 *
 * @param day the one day whose sessions it places, or {@code null} for every day
 * @param draftVersion the draft's version that its problem was read from
 * @param bestScore the score of its result, once it has one
 * @param error why it failed, in words, or {@code null}
 * @param stopRequested whether an organiser asked it to stop (a run stopped without that
 * was stopped by its server shutting down)
 * @param spentMillis the solving time its worker measured at its last heartbeat
 * @param requestedBy the organiser's account, or {@code null} once deleted
 * @param requestedByName that account's display name, or {@code null}
 * @param claimedBy the instance that runs or ran it, or {@code null} while queued
 * @param hasResult whether it stored a solution and a report
 */
public record SchedulingRun(long id, long eventId, RunState state, LocalDate day, long seed, int seconds, int threads,
		int draftVersion, String bestScore, String error, boolean stopRequested, long spentMillis, Long requestedBy,
		String requestedByName, Instant requestedAt, Instant startedAt, Instant heartbeatAt, Instant finishedAt,
		String claimedBy, int version, boolean hasResult) {

	/** The state in words an organiser reads. */
	public String stateWords() {
		return switch (state) {
			case QUEUED -> stopRequested ? "Stopping…" : "Waiting for a server to start it.";
			case RUNNING -> stopRequested ? "Stopping…" : "Running.";
			case FINISHED -> "Finished: the solver used all its time.";
			case STOPPED -> !hasResult ? "Stopped before it began."
					: stopRequested ? "Stopped: the result is the best timetable found until then."
							: "Stopped when its server shut down: the result is the best timetable found until then.";
			case FAILED -> "Failed: " + error;
			case APPLIED -> "Applied to the draft.";
			case DISCARDED -> "Discarded.";
		};
	}

	/** How much of its time limit it has used, from 0 to 1. */
	public double spentFraction() {
		return Math.min(1, spentMillis / (seconds * 1000.0));
	}

}
