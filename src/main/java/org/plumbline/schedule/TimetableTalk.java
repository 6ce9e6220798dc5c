package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A topic placed in a timetable, inside a session of its own MC or plain track, as
 * stored.
 *
 * @param topicGuid the talk's GUID in exports
 * @param exportNumber the per-event number the c3voc formats need as "id"
 */
public record TimetableTalk(long id, long sessionId, long topicId, UUID topicGuid, int exportNumber, Instant startsAt,
		Instant endsAt, int version) {

	public int minutes() {
		return (int) Duration.between(startsAt, endsAt).toMinutes();
	}

}
