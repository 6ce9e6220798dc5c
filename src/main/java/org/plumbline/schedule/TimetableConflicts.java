package org.plumbline.schedule;

import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.ById;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule feature's conflict facade: the conflicts of sessions placed in an event's
 * rooms and time blocks, read from the current MCs, rooms, blocks, declared
 * unavailability and interest marks, and, for the editor, with the event's policy for
 * each.
 */
@Service
@Transactional(readOnly = true)
public class TimetableConflicts {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final Unavailabilities unavailabilities;

	private final InterestMarks interest;

	private final SchedulePolicies policies;

	private final StoredSessions storedSessions;

	TimetableConflicts(EventCatalog events, Microconferences microconferences, Unavailabilities unavailabilities,
			InterestMarks interest, SchedulePolicies policies, StoredSessions storedSessions) {
		this.storedSessions = storedSessions;
		this.events = events;
		this.microconferences = microconferences;
		this.unavailabilities = unavailabilities;
		this.interest = interest;
		this.policies = policies;
	}

	/**
	 * @return the conflicts of MC sessions placed by ids, ordered by when they begin,
	 * then by their words
	 * @throws IllegalArgumentException if there is no such event, or a placement names an
	 * MC, room or time block that is not the event's (only accepted MCs are scheduled: a
	 * proposal, rejected or withdrawn, is none of the event's sessions)
	 */
	public List<Conflict> check(long eventId, List<Placement> placements) {
		Event event = event(eventId);
		Map<Long, Microconference> mcs = ById.of(microconferences.published(eventId), Microconference::id);
		Map<Long, Room> rooms = ById.of(events.rooms(eventId), Room::id);
		Map<Long, TimeBlock> blocks = ById.of(events.timeBlocks(eventId), TimeBlock::id);
		InterestCounts counts = interest.counts(eventId, placements.stream().map(Placement::microconferenceId).toList(),
				List.of());
		List<PlacedSession> sessions = placements.stream()
			.map(placement -> McSessions.of(find(mcs, placement.microconferenceId(), "microconference", event),
					find(rooms, placement.roomId(), "room", event),
					find(blocks, placement.timeBlockId(), "time block", event), counts))
			.toList();
		return ConflictChecker.check(EventDays.of(event), sessions, unavailabilities.ofEvent(eventId));
	}

	/**
	 * The conflicts of MC sessions placed by ids, each with its event's policy; those it
	 * ignores are left out.
	 * @throws IllegalArgumentException as {@link #check} does
	 */
	public List<PolicedConflict> policed(long eventId, List<Placement> placements) {
		return policed(policies.of(eventId), check(eventId, placements));
	}

	/**
	 * The conflicts of sessions a caller placed itself (the draft's MC sessions and
	 * talks), held against the event's days and declared unavailability, each with its
	 * event's policy; those it ignores are left out. Rooms carry their seats and sessions
	 * their interest ({@link PlacedSession#withInterest}, from
	 * {@link InterestMarks#counts}) where the room-size check should see them.
	 * @throws IllegalArgumentException if there is no such event
	 */
	public List<PolicedConflict> policedSessions(long eventId, List<PlacedSession> sessions) {
		return policedSessions(eventId, sessions, unavailabilities.ofEvent(eventId));
	}

	/**
	 * As {@link #policedSessions(long, List)}, held against the given declared
	 * unavailability (an MC's page leaves the reasons out).
	 */
	List<PolicedConflict> policedSessions(long eventId, List<PlacedSession> sessions,
			List<Unavailability> unavailable) {
		return policed(policies.of(eventId),
				ConflictChecker.check(EventDays.of(event(eventId)), sessions, unavailable));
	}

	/**
	 * The conflicts of a stored timetable (its MC sessions, talks, rooms' seats and the
	 * interest in each), each with its event's policy; those it ignores are left out.
	 */
	List<PolicedConflict> of(Timetable timetable) {
		return policedSessions(timetable.eventId(), storedSessions.of(timetable));
	}

	private static List<PolicedConflict> policed(RulePolicies policies, List<Conflict> conflicts) {
		return conflicts.stream().map(conflict -> {
			ConflictKind kind = ConflictKind.of(conflict);
			return new PolicedConflict(conflict, kind, policies.of(kind));
		}).filter(conflict -> conflict.policy() != RulePolicy.IGNORE).toList();
	}

	private Event event(long eventId) {
		return events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
	}

	private static <T> T find(Map<Long, T> items, long id, String kind, Event event) {
		T item = items.get(id);
		if (item == null) {
			throw new IllegalArgumentException("no " + kind + " " + id + " in event " + event.slug());
		}
		return item;
	}

}
