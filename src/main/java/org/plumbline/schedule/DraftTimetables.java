package org.plumbline.schedule;

import java.time.Instant;
import java.util.UUID;

import org.plumbline.event.Event;
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

	private final DraftOperations operations;

	private final TalkOperations talks;

	DraftTimetables(TimetableRepository timetables, DraftOperations operations, TalkOperations talks) {
		this.timetables = timetables;
		this.operations = operations;
		this.talks = talks;
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
		return operations.placeMc(event, draftId, microconferenceId, roomId, timeBlockId, BlockPart.WHOLE, guid);
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
		return talks.placeTalk(event, timetables.find(draftId).orElseThrow(), sessionId, topicId, startsAt);
	}

}
