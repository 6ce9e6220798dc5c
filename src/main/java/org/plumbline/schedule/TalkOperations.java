package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Component;

/**
 * The changes of a draft's talks, each checked against the timetable's rules (DOMAIN.md
 * L11): a talk inside a session of its own MC or track, not across its block's break and
 * not over another talk. Callers hold the draft's lock and pass the draft as it stood
 * when they took it.
 */
@Component
class TalkOperations {

	/** The version a talk's row starts at (its column's default). */
	private static final int NEW_TALK_VERSION = 0;

	private final TimetableRepository timetables;

	private final DraftOperations places;

	TalkOperations(TimetableRepository timetables, DraftOperations places) {
		this.timetables = timetables;
		this.places = places;
	}

	/**
	 * Places a topic as a talk inside a session of its own MC or plain track, starting at
	 * {@code startsAt} for its duration; a topic not yet accepted is placed as tentative.
	 * @return the new talk's id
	 */
	long placeTalk(Event event, Timetable draft, long sessionId, long topicId, Instant startsAt) {
		TimetableSession session = DraftOperations.session(draft, sessionId);
		PlaceableTopic topic = places.placeable(event, List.of(topicId)).get(topicId);
		return place(event, draft, session, places.blockOf(event, session), topicId, topic, startsAt).id();
	}

	/**
	 * Places topics as talks one after the other, each as {@link #placeTalk} places one,
	 * against the draft with the talks placed before it in the list added, so that the
	 * next sees them (a second place of the same topic, an overlap in one session). The
	 * topics and the time blocks are read once for the whole list.
	 */
	void placeTalks(Event event, Timetable draft, List<TalkToPlace> placements) {
		Map<Long, PlaceableTopic> placeable = places.placeable(event,
				placements.stream().map(TalkToPlace::topicId).toList());
		List<TimeBlock> blocks = places.timeBlocks(event);
		Timetable current = draft;
		for (TalkToPlace placement : placements) {
			TimetableSession session = DraftOperations.session(current, placement.sessionId());
			TimetableTalk placed = place(event, current, session, DraftOperations.blockOf(blocks, session),
					placement.topicId(), placeable.get(placement.topicId()),
					DraftOperations.onSessionDay(event, session, placement.startsAt()));
			current = withTalk(current, placed);
		}
	}

	/**
	 * Checks and stores one talk.
	 * @param topic the topic if it is placeable, else {@code null}
	 * @param block the time block holding the session, or {@code null} if it lies in none
	 * @return the talk as stored
	 */
	private TimetableTalk place(Event event, Timetable draft, TimetableSession session, TimeBlock block, long topicId,
			PlaceableTopic topic, Instant startsAt) {
		if (topic == null) {
			throw new TimetableRefusedException(
					"Only submitted, accepted or confirmed topics of this event can be placed.");
		}
		requireOwnTrack(session, topic);
		if (draft.sessions()
			.stream()
			.flatMap(placed -> placed.talks().stream())
			.anyMatch(t -> t.topicId() == topicId)) {
			throw new TimetableRefusedException("\"" + topic.title() + "\" is already placed in the draft.");
		}
		Instant endsAt = startsAt.plus(Duration.ofMinutes(topic.durationMinutes()));
		TalkFit.check(session, block, topic.title(), startsAt, endsAt, null);
		int exportNumber = timetables.exportNumber(event.id(), topic.guid());
		long id = timetables.insertTalk(draft.id(), session.id(), topicId, startsAt, endsAt);
		return new TimetableTalk(id, session.id(), topicId, topic.guid(), exportNumber, startsAt, endsAt,
				NEW_TALK_VERSION);
	}

	/** The draft as read back after storing a talk: the talk in its session, by start. */
	private static Timetable withTalk(Timetable draft, TimetableTalk talk) {
		List<TimetableSession> sessions = draft.sessions().stream().map(session -> {
			if (session.id() != talk.sessionId()) {
				return session;
			}
			List<TimetableTalk> talks = new ArrayList<>(session.talks());
			talks.add(talk);
			talks.sort(Comparator.comparing(TimetableTalk::startsAt));
			return DraftOperations.withTalks(session, session.roomId(), session.startsAt(), session.endsAt(), talks);
		}).toList();
		return new Timetable(draft.id(), draft.eventId(), draft.number(), draft.changeNote(), draft.releasedAt(),
				draft.version(), sessions);
	}

	/**
	 * Moves a talk to a start in a session of its MC. It keeps the length it was placed
	 * with, as retiming and packing do: a topic's duration edited since reaches the
	 * timetable only when the talk is placed again.
	 */
	void moveTalk(Event event, Timetable draft, long talkId, long sessionId, Instant startsAt) {
		TimetableTalk talk = DraftOperations.talk(draft, talkId);
		TimetableSession session = DraftOperations.session(draft, sessionId);
		PlaceableTopic topic = places.placeable(event, List.of(talk.topicId())).get(talk.topicId());
		if (topic == null) {
			throw new TimetableRefusedException("That talk's topic is no longer placeable: remove it.");
		}
		requireOwnTrack(session, topic);
		Instant endsAt = startsAt.plus(Duration.ofMinutes(talk.minutes()));
		TalkFit.check(session, places.blockOf(event, session), topic.title(), startsAt, endsAt, talkId);
		DraftOperations.unchanged(timetables.moveTalk(draft.id(), talkId, talk.version(), sessionId, startsAt, endsAt));
	}

	void removeTalk(Timetable draft, long talkId) {
		TimetableTalk talk = DraftOperations.talk(draft, talkId);
		DraftOperations.unchanged(timetables.deleteTalk(draft.id(), talkId, talk.version()));
	}

	/**
	 * Gives talks of one session new starts at once, so that two talks may swap places;
	 * talks not named keep theirs.
	 */
	void retime(Event event, Timetable draft, long sessionId, Map<Long, Instant> starts) {
		TimetableSession session = DraftOperations.session(draft, sessionId);
		Map<Long, PlaceableTopic> placeable = places.placeable(event, session);
		for (long talkId : starts.keySet()) {
			if (session.talks().stream().noneMatch(talk -> talk.id() == talkId)) {
				throw new TimetableRefusedException("That talk is not in this session.");
			}
		}
		List<TimetableTalk> retimed = new ArrayList<>();
		for (TimetableTalk talk : session.talks()) {
			Instant startsAt = starts.getOrDefault(talk.id(), talk.startsAt());
			retimed.add(new TimetableTalk(talk.id(), sessionId, talk.topicId(), talk.topicGuid(), talk.exportNumber(),
					startsAt, startsAt.plus(Duration.ofMinutes(talk.minutes())), talk.version()));
		}
		TimetableSession after = DraftOperations.withTalks(session, session.roomId(), session.startsAt(),
				session.endsAt(), retimed);
		TimeBlock block = places.blockOf(event, session);
		for (TimetableTalk talk : retimed) {
			TalkFit.check(after, block, DraftOperations.title(placeable, talk), talk.startsAt(), talk.endsAt(),
					talk.id());
		}
		for (TimetableTalk talk : retimed) {
			if (!starts.containsKey(talk.id())) {
				continue;
			}
			DraftOperations.unchanged(timetables.moveTalk(draft.id(), talk.id(), talk.version(), sessionId,
					talk.startsAt(), talk.endsAt()));
		}
	}

	/**
	 * Packs a session's talks in the given order from its start, one after the other,
	 * each that would run into the block's break starting after it.
	 */
	void pack(Event event, Timetable draft, long sessionId, List<Long> order) {
		TimetableSession session = DraftOperations.session(draft, sessionId);
		TimeBlock block = places.blockOf(event, session);
		Map<Long, Instant> starts = new LinkedHashMap<>();
		Instant cursor = session.startsAt();
		for (long talkId : order) {
			TimetableTalk talk = session.talks()
				.stream()
				.filter(candidate -> candidate.id() == talkId)
				.findFirst()
				.orElseThrow(() -> new TimetableRefusedException("That talk is not in this session."));
			Instant endsAt = cursor.plus(Duration.ofMinutes(talk.minutes()));
			if (TalkFit.crossesBreak(block, cursor, endsAt)) {
				cursor = block.breakEndsAt();
			}
			starts.put(talkId, cursor);
			cursor = cursor.plus(Duration.ofMinutes(talk.minutes()));
		}
		retime(event, draft, sessionId, starts);
	}

	private static void requireOwnTrack(TimetableSession session, PlaceableTopic topic) {
		boolean ownTrack = session.microconferenceId() != null
				? session.microconferenceId().equals(topic.microconferenceId())
				: session.plainTrackId() != null && session.plainTrackId().equals(topic.plainTrackId());
		if (!ownTrack) {
			throw new TimetableRefusedException(
					"\"" + topic.title() + "\" belongs to another track than this session.");
		}
	}

}
