package org.plumbline.schedule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule feature's conflict facade: the conflicts of MC sessions placed in an
 * event's rooms and time blocks, read from the current MCs, rooms and blocks.
 */
@Service
@Transactional(readOnly = true)
public class TimetableConflicts {

	private final EventCatalog events;

	private final Microconferences microconferences;

	TimetableConflicts(EventCatalog events, Microconferences microconferences) {
		this.events = events;
		this.microconferences = microconferences;
	}

	/**
	 * @return the conflicts, ordered by when they begin, then by their words
	 * @throws IllegalArgumentException if there is no such event, or a placement names an
	 * MC, room or time block that is not the event's (only accepted MCs are scheduled: a
	 * proposal, rejected or withdrawn, is none of the event's sessions)
	 */
	public List<Conflict> check(long eventId, List<Placement> placements) {
		Event event = events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
		Map<Long, Microconference> mcs = byId(microconferences.published(eventId), Microconference::id);
		Map<Long, Room> rooms = byId(events.rooms(eventId), Room::id);
		Map<Long, TimeBlock> blocks = byId(events.timeBlocks(eventId), TimeBlock::id);
		List<PlacedSession> sessions = placements.stream()
			.map(placement -> McSessions.of(find(mcs, placement.microconferenceId(), "microconference", event),
					find(rooms, placement.roomId(), "room", event),
					find(blocks, placement.timeBlockId(), "time block", event)))
			.toList();
		return ConflictChecker.check(EventDays.of(event), sessions);
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	private static <T> T find(Map<Long, T> items, long id, String kind, Event event) {
		T item = items.get(id);
		if (item == null) {
			throw new IllegalArgumentException("no " + kind + " " + id + " in event " + event.slug());
		}
		return item;
	}

}
