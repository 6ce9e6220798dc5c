package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.TimetableRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event's one draft timetable: reading it and placing sessions in it. Every change
 * locks the draft, so one event's edits run one at a time.
 */
@Service
public class DraftTimetables {

	private final TimetableRepository timetables;

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final PlaceableTopics topics;

	DraftTimetables(TimetableRepository timetables, EventCatalog events, Microconferences microconferences,
			PlaceableTopics topics) {
		this.timetables = timetables;
		this.events = events;
		this.microconferences = microconferences;
		this.topics = topics;
	}

	/** The event's draft, created empty on first use. */
	@Transactional
	public Timetable draft(long eventId) {
		return timetables.find(timetables.draftId(eventId)).orElseThrow();
	}

	/**
	 * Places an accepted MC in a room for a whole time block.
	 * @return the new session's id
	 * @throws TimetableRefusedException if the MC is not one of the event's accepted MCs,
	 * or the room or block is not the event's
	 */
	@Transactional
	public long placeMcSession(Event event, long microconferenceId, long roomId, long timeBlockId) {
		return placeMcSession(event, microconferenceId, roomId, timeBlockId, UUID.randomUUID());
	}

	/**
	 * Places an accepted MC in a room for a whole time block under a GUID the session
	 * already has elsewhere (an event data file's), so that exports keep naming it so.
	 * @return the new session's id
	 * @throws TimetableRefusedException if the MC is not one of the event's accepted MCs,
	 * or the room or block is not the event's
	 */
	@Transactional
	public long placeMcSession(Event event, long microconferenceId, long roomId, long timeBlockId, UUID guid) {
		long draftId = timetables.lockDraft(event.id());
		if (microconferences.published(event.id()).stream().noneMatch(mc -> mc.id() == microconferenceId)) {
			throw new TimetableRefusedException("Only the event's accepted microconferences can be placed.");
		}
		if (events.rooms(event.id()).stream().noneMatch(room -> room.id() == roomId)) {
			throw new TimetableRefusedException("That room is not one of this event's rooms.");
		}
		TimeBlock block = events.timeBlocks(event.id())
			.stream()
			.filter(candidate -> candidate.id() == timeBlockId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That time block is not one of this event's blocks."));
		timetables.exportNumber(event.id(), guid);
		return timetables.insertSession(draftId, guid, SessionKind.MICROCONFERENCE, microconferenceId, null, null,
				roomId, block.startsAt(), block.endsAt());
	}

	/**
	 * Places a topic as a talk inside a session of its own MC or plain track, starting at
	 * {@code startsAt} for its duration; a topic not yet accepted is placed as tentative.
	 * @return the new talk's id
	 * @throws TimetableRefusedException if the session is not in the draft, the topic is
	 * not placeable there or already placed, or the talk would not fit inside the
	 * session, would span a break of its block or would overlap another talk of the
	 * session
	 */
	@Transactional
	public long placeTalk(Event event, long sessionId, long topicId, Instant startsAt) {
		long draftId = timetables.lockDraft(event.id());
		Timetable draft = timetables.find(draftId).orElseThrow();
		TimetableSession session = draft.sessions()
			.stream()
			.filter(candidate -> candidate.id() == sessionId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException("That session is not in the draft timetable."));
		PlaceableTopic topic = topics.ofEvent(event.id())
			.stream()
			.filter(candidate -> candidate.id() == topicId)
			.findFirst()
			.orElseThrow(() -> new TimetableRefusedException(
					"Only submitted, accepted or confirmed topics of this event can be placed."));
		boolean ownTrack = session.microconferenceId() != null
				? session.microconferenceId().equals(topic.microconferenceId())
				: session.plainTrackId() != null && session.plainTrackId().equals(topic.plainTrackId());
		if (!ownTrack) {
			throw new TimetableRefusedException(
					"\"" + topic.title() + "\" belongs to another track than this session.");
		}
		if (draft.sessions()
			.stream()
			.flatMap(placed -> placed.talks().stream())
			.anyMatch(talk -> talk.topicId() == topicId)) {
			throw new TimetableRefusedException("\"" + topic.title() + "\" is already placed in the draft.");
		}
		Instant endsAt = startsAt.plus(Duration.ofMinutes(topic.durationMinutes()));
		TalkFit.check(session, blockOf(event, session), topic.title(), startsAt, endsAt, null);
		timetables.exportNumber(event.id(), topic.guid());
		return timetables.insertTalk(draftId, sessionId, topicId, startsAt, endsAt, !topic.decidedIn());
	}

	private TimeBlock blockOf(Event event, TimetableSession session) {
		return events.timeBlocks(event.id())
			.stream()
			.filter(block -> !session.startsAt().isBefore(block.startsAt())
					&& !session.endsAt().isAfter(block.endsAt()))
			.findFirst()
			.orElse(null);
	}

}
