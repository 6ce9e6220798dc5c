package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A block entry of a timetable as stored: an MC session, a plain track's session or a
 * break, with its talks in time order. Its GUID stays the same from the draft into every
 * released version.
 *
 * @param microconferenceId the MC of an MC session, else {@code null}
 * @param plainTrackId the plain track of a track session, else {@code null}
 * @param title a break's words ("Lunch"), else {@code null}: an MC's or track's title is
 * read live
 * @param roomId {@code null} for a break in every room
 * @param exportNumber the per-event number the c3voc formats need as "id"
 * @param pinned whether an organiser pinned it where it is, so the scheduler never moves
 * it (a draft's sessions only)
 */
public record TimetableSession(long id, UUID guid, int exportNumber, SessionKind kind, Long microconferenceId,
		Long plainTrackId, String title, Long roomId, Instant startsAt, Instant endsAt, int version, boolean pinned,
		List<TimetableTalk> talks) {

	public TimetableSession {
		talks = List.copyOf(talks);
	}

}
