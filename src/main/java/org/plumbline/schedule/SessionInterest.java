package org.plumbline.schedule;

import java.time.Instant;

/**
 * An MC's or a plain track's session of the draft timetable, with how many may come: an
 * MC session counts its MC's interest marks, a track session those of its most marked
 * talk, since that talk must fit the room.
 *
 * @param microconferenceId the session's MC, or {@code null} for a plain track's
 * @param plainTrackId the session's plain track, or {@code null} for an MC's
 */
public record SessionInterest(long sessionId, Long microconferenceId, Long plainTrackId, long roomId, Instant startsAt,
		Instant endsAt, int interested) {

	/** Whether the two sessions run at the same time for a while. */
	public boolean overlaps(SessionInterest other) {
		return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
	}

}
