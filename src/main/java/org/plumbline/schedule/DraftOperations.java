package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.ById;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Component;

/**
 * The changes of a draft's sessions, each checked against the timetable's rules
 * (DOMAIN.md L11): sessions in the event's rooms and blocks, their talks still fitting
 * when they move ({@link TalkOperations} changes talks). Callers hold the draft's lock
 * and pass the draft as it stood when they took it.
 */
@Component
class DraftOperations {

	static final String CHANGED_MEANWHILE = "The draft timetable was changed meanwhile: look at it as it is now "
			+ "and try again.";

	private final TimetableRepository timetables;

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	private final TopicCalls calls;

	DraftOperations(TimetableRepository timetables, EventCatalog events, Microconferences microconferences,
			PlaceableTopics topics, TopicCalls calls) {
		this.timetables = timetables;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
		this.calls = calls;
	}

	/**
	 * @param guid the session's GUID: a new one, or the one it has in an event data file
	 * @return the new session's id
	 */
	long placeMc(Event event, long draftId, long microconferenceId, long roomId, long timeBlockId, BlockPart part,
			UUID guid) {
		TimetableSession placed = mcPlaced(event, microconferenceId, roomId, timeBlockId, part, guid);
		timetables.exportNumber(event.id(), guid);
		return timetables.insertSession(draftId, guid, SessionKind.MICROCONFERENCE, microconferenceId, null, null,
				roomId, placed.startsAt(), placed.endsAt());
	}

	/**
	 * An accepted MC's new session as {@link #placeMc} would store it, not stored (it has
	 * no id nor export number yet).
	 */
	private TimetableSession mcPlaced(Event event, long microconferenceId, long roomId, long timeBlockId,
			BlockPart part, UUID guid) {
		microconferences.find(event.id(), microconferenceId)
			.filter(mc -> mc.status() == McStatus.ACCEPTED)
			.orElseThrow(
					() -> new TimetableRefusedException("Only the event's accepted microconferences can be placed."));
		room(event, roomId);
		TimeBlock block = block(event, timeBlockId);
		return new TimetableSession(0, guid, 0, SessionKind.MICROCONFERENCE, microconferenceId, null, null, roomId,
				part.startsAt(block), part.endsAt(block), 0, false, List.of());
	}

	/**
	 * Places a session of a plain track (a track that is not an MC), whose talks get the
	 * session's slots as an MC's do.
	 * @param guid the session's GUID: a new one, or the one it has in an event data file
	 * @return the new session's id
	 */
	long placeTrack(Event event, long draftId, long plainTrackId, long roomId, long timeBlockId, BlockPart part,
			UUID guid) {
		if (!calls.plainTracks(event.id()).containsKey(plainTrackId)) {
			throw new TimetableRefusedException("That track is not one of this event's plain tracks.");
		}
		room(event, roomId);
		TimeBlock block = block(event, timeBlockId);
		timetables.exportNumber(event.id(), guid);
		return timetables.insertSession(draftId, guid, SessionKind.TRACK, null, plainTrackId, null, roomId,
				part.startsAt(block), part.endsAt(block));
	}

	/**
	 * Moves a session to another room or block, its talks with it at the same times into
	 * the session; refused if one of them would then not fit.
	 */
	void moveSession(Event event, Timetable draft, long sessionId, long roomId, long timeBlockId, BlockPart part) {
		TimetableSession session = session(draft, sessionId);
		TimetableSession moved = moved(event, session, roomId, timeBlockId, part);
		unchanged(timetables.moveSession(draft.id(), sessionId, session.version(), roomId, moved.startsAt(),
				moved.endsAt()));
		for (TimetableTalk talk : moved.talks()) {
			unchanged(timetables.moveTalk(draft.id(), talk.id(), talk.version(), sessionId, talk.startsAt(),
					talk.endsAt()));
		}
	}

	/**
	 * The draft as a scheduler's proposal would leave it, worked out in memory with the
	 * checks {@link #moveSession} and {@link #placeMc} make, so that a page shows the
	 * proposal's outcome without taking the draft's lock or writing anything. An MC
	 * placed anew has no id nor export number yet.
	 * @throws TimetableRefusedException as moving or placing would refuse
	 */
	Timetable withProposal(Event event, Timetable draft, List<ProposedPlacement> placements) {
		Map<Long, TimetableSession> sessions = new LinkedHashMap<>();
		draft.sessions().forEach(session -> sessions.put(session.id(), session));
		List<TimetableSession> placed = new ArrayList<>();
		for (ProposedPlacement placement : placements) {
			if (placement.sessionId() == null) {
				placed.add(mcPlaced(event, placement.microconferenceId(), placement.roomId(), placement.timeBlockId(),
						placement.part(), UUID.randomUUID()));
			}
			else {
				sessions.put(placement.sessionId(), moved(event, session(draft, placement.sessionId()),
						placement.roomId(), placement.timeBlockId(), placement.part()));
			}
		}
		placed.addAll(sessions.values());
		Map<Long, Room> rooms = ById.of(events.rooms(event.id()), Room::id);
		Comparator<TimetableSession> byRoom = Comparator.comparing(
				session -> session.roomId() == null ? null : rooms.get(session.roomId()).position(),
				Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
		placed.sort(Comparator.comparing(TimetableSession::startsAt)
			.thenComparing(byRoom)
			.thenComparingLong(TimetableSession::id));
		return new Timetable(draft.id(), draft.eventId(), draft.number(), draft.changeNote(), draft.releasedAt(),
				draft.version(), placed);
	}

	/**
	 * The session in another room, block or half, its talks with it at the same times
	 * into the session, as {@link #moveSession} would store it.
	 * @throws TimetableRefusedException for a break, or a talk that would then not fit
	 */
	private TimetableSession moved(Event event, TimetableSession session, long roomId, long timeBlockId,
			BlockPart part) {
		if (session.kind() == SessionKind.BREAK) {
			throw new TimetableRefusedException("A break is not moved: remove it and add it where it belongs.");
		}
		room(event, roomId);
		TimeBlock block = block(event, timeBlockId);
		Instant startsAt = part.startsAt(block);
		Duration shift = Duration.between(session.startsAt(), startsAt);
		List<TimetableTalk> shifted = session.talks()
			.stream()
			.map(talk -> new TimetableTalk(talk.id(), session.id(), talk.topicId(), talk.topicGuid(),
					talk.exportNumber(), talk.startsAt().plus(shift), talk.endsAt().plus(shift), talk.version()))
			.toList();
		TimetableSession moved = withTalks(session, roomId, startsAt, part.endsAt(block), shifted);
		Map<Long, PlaceableTopic> placeable = placeable(event, session);
		for (TimetableTalk talk : shifted) {
			TalkFit.check(moved, block, title(placeable, talk), talk.startsAt(), talk.endsAt(), talk.id());
		}
		return moved;
	}

	void pin(Timetable draft, long sessionId, boolean pinned) {
		TimetableSession session = session(draft, sessionId);
		if (session.kind() == SessionKind.BREAK) {
			throw new TimetableRefusedException("A break is not scheduled, so it is not pinned.");
		}
		unchanged(timetables.pinSession(draft.id(), sessionId, session.version(), pinned));
	}

	void removeSession(Timetable draft, long sessionId) {
		TimetableSession session = session(draft, sessionId);
		unchanged(timetables.deleteSession(draft.id(), sessionId, session.version()));
	}

	/**
	 * @param guid the break's GUID, random for a new one, or the one it has elsewhere
	 * @return the new break's id
	 */
	long addBreak(Event event, long draftId, NewBreak newBreak, UUID guid) {
		if (newBreak.roomId() != null) {
			room(event, newBreak.roomId());
		}
		if (!EventDays.of(event).contain(newBreak.day())) {
			throw new TimetableRefusedException("A break must be on one of the event's days.");
		}
		if (!newBreak.endsAt().isAfter(newBreak.startsAt())) {
			throw new TimetableRefusedException("A break must end after it starts.");
		}
		timetables.exportNumber(event.id(), guid);
		return timetables.insertSession(draftId, guid, SessionKind.BREAK, null, null, newBreak.title(),
				newBreak.roomId(), LocalTimes.onTheClock(newBreak.day().atTime(newBreak.startsAt()), event.timeZone()),
				LocalTimes.onTheClock(newBreak.day().atTime(newBreak.endsAt()), event.timeZone()));
	}

	/**
	 * Refuses the whole change when a versioned write found its row changed since the
	 * draft was read (a write that did not take the draft's lock): the caller's
	 * transaction then rolls back what the change wrote before.
	 * @param written what the versioned UPDATE or DELETE answered
	 */
	static void unchanged(boolean written) {
		if (!written) {
			throw new TimetableRefusedException(CHANGED_MEANWHILE);
		}
	}

	/**
	 * The instant of a local time on the day the session starts, in the event's zone.
	 * @throws TimetableRefusedException for a time the zone skips that day
	 */
	static Instant onSessionDay(Event event, TimetableSession session, LocalTime time) {
		return LocalTimes.onTheClock(session.startsAt().atZone(event.timeZone()).toLocalDate().atTime(time),
				event.timeZone());
	}

	static TimetableSession session(Timetable draft, long sessionId) {
		return draft.sessions()
			.stream()
			.filter(candidate -> candidate.id() == sessionId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That session is not in the draft timetable."));
	}

	static TimetableTalk talk(Timetable draft, long talkId) {
		return draft.sessions()
			.stream()
			.flatMap(session -> session.talks().stream())
			.filter(candidate -> candidate.id() == talkId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That talk is not in the draft timetable."));
	}

	TimeBlock blockOf(Event event, TimetableSession session) {
		return blockOf(timeBlocks(event), session);
	}

	List<TimeBlock> timeBlocks(Event event) {
		return events.timeBlocks(event.id());
	}

	/** The block of these that holds the session, or {@code null} if none does. */
	static TimeBlock blockOf(List<TimeBlock> blocks, TimetableSession session) {
		return blocks.stream()
			.filter(block -> !session.startsAt().isBefore(block.startsAt())
					&& !session.endsAt().isAfter(block.endsAt()))
			.findFirst()
			.orElse(null);
	}

	/** The placeable ones of the given topics of the event, by id. */
	Map<Long, PlaceableTopic> placeable(Event event, Collection<Long> topicIds) {
		return topics.ofTopics(event.id(), topicIds);
	}

	/** The placeable topics of a session's talks, by id. */
	Map<Long, PlaceableTopic> placeable(Event event, TimetableSession session) {
		return placeable(event, session.talks().stream().map(TimetableTalk::topicId).toList());
	}

	static String title(Map<Long, PlaceableTopic> placeable, TimetableTalk talk) {
		PlaceableTopic topic = placeable.get(talk.topicId());
		return topic == null ? "A talk" : topic.title();
	}

	private Room room(Event event, long roomId) {
		return events.rooms(event.id())
			.stream()
			.filter(room -> room.id() == roomId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That room is not one of this event's rooms."));
	}

	private TimeBlock block(Event event, long timeBlockId) {
		return events.timeBlocks(event.id())
			.stream()
			.filter(candidate -> candidate.id() == timeBlockId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That time block is not one of this event's blocks."));
	}

	static TimetableSession withTalks(TimetableSession session, Long roomId, Instant startsAt, Instant endsAt,
			List<TimetableTalk> talks) {
		return new TimetableSession(session.id(), session.guid(), session.exportNumber(), session.kind(),
				session.microconferenceId(), session.plainTrackId(), session.title(), roomId, startsAt, endsAt,
				session.version(), session.pinned(), talks);
	}

}
