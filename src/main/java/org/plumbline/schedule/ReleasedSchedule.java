package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.Room;

/**
 * A released version of an event's timetable as the public and the exports read it.
 *
 * @param rooms every room of the event, in order
 * @param sessions ordered by start, then room
 */
public record ReleasedSchedule(Event event, int number, Instant releasedAt, String changeNote, List<Room> rooms,
		List<ScheduledSession> sessions) {

	public ReleasedSchedule {
		rooms = List.copyOf(rooms);
		sessions = List.copyOf(sessions);
	}

}
