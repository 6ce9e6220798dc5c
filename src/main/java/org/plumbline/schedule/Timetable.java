package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;

/**
 * One timetable of an event as stored: its draft ({@code number} null) or a released
 * version, with its sessions ordered by start and room.
 *
 * @param version its version for optimistic locking (0 for a draft read but never
 * edited); a draft to restore whose backup does not give one carries
 * {@link TimetableBackups#VERSION_NOT_GIVEN}
 */
public record Timetable(long id, long eventId, Integer number, String changeNote, Instant releasedAt, int version,
		List<TimetableSession> sessions) {

	public Timetable {
		sessions = List.copyOf(sessions);
	}

	public boolean isDraft() {
		return number == null;
	}

}
