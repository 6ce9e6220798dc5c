package org.plumbline.schedule.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.Collections;

/**
 * The constraints of issue 12, point 2, counted exactly as its table says. Each penalizes
 * one unit of weight per counted penalty; the level and weight come from the problem, as
 * {@link ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides}.
 */
public class ScheduleConstraints implements ConstraintProvider {

	private static final HardMediumSoftScore ONE = HardMediumSoftScore.ONE_SOFT;

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { roomDoubleBooked(factory), sessionMixesTracks(factory), trackBlock(factory),
				trackRoom(factory), roomUnavailable(factory), personUnavailable(factory),
				keyAttendeeUnavailable(factory), talkBlock(factory), talkRoom(factory),
				similarTracksInParallel(factory), trackInSeveralRooms(factory), trackInTwoRoomsAtOnce(factory),
				trackBlocksNotConsecutive(factory), talkOrder(factory), presenterLocalTime(factory),
				presenterClash(factory), attendeeClash(factory), chairClash(factory), keyAttendeeClash(factory),
				roomCapacity(factory) };
	}

	/** Per pair of talks in one room and block, each slot both fill. */
	Constraint roomDoubleBooked(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(PlannedTalk.class, equal(PlannedTalk::blockId), equal(PlannedTalk::roomId),
					overlapping(PlannedTalk::firstSlot, PlannedTalk::endSlot))
			.penalize(HardMediumSoftScore.ONE_HARD, PlannedTalk::overlappingSlots)
			.asConstraint(ScheduleConstraint.ROOM_DOUBLE_BOOKED.title());
	}

	/** Per pair of talks of different tracks in one (block, room). */
	Constraint sessionMixesTracks(ConstraintFactory factory) {
		return factory.forEachUniquePair(PlannedTalk.class, equal(PlannedTalk::blockId), equal(PlannedTalk::roomId))
			.filter((talk, other) -> !talk.trackId().equals(other.trackId()))
			.penalize(HardMediumSoftScore.ONE_HARD)
			.asConstraint(ScheduleConstraint.SESSION_MIXES_TRACKS.title());
	}

	/** Per cell, the penalty given for its track and block. */
	Constraint trackBlock(ConstraintFactory factory) {
		return sessions(factory).join(PenaltyLookup.class)
			.filter((session, penalties) -> penalties.trackBlock(session) > 0)
			.penalize(ONE, (session, penalties) -> penalties.trackBlock(session))
			.asConstraint(ScheduleConstraint.TRACK_BLOCK.title());
	}

	/** Per cell, the penalty given for its track and room. */
	Constraint trackRoom(ConstraintFactory factory) {
		return sessions(factory).join(PenaltyLookup.class)
			.filter((session, penalties) -> penalties.trackRoom(session) > 0)
			.penalize(ONE, (session, penalties) -> penalties.trackRoom(session))
			.asConstraint(ScheduleConstraint.TRACK_ROOM.title());
	}

	/** Per cell, the penalty given for its block and room. */
	Constraint roomUnavailable(ConstraintFactory factory) {
		return sessions(factory).join(PenaltyLookup.class)
			.filter((session, penalties) -> penalties.roomBlock(session) > 0)
			.penalize(ONE, (session, penalties) -> penalties.roomBlock(session))
			.asConstraint(ScheduleConstraint.ROOM_UNAVAILABLE.title());
	}

	/**
	 * Per session and chair unavailable during a slot its talks fill, and per talk and
	 * presenter unavailable during one of its slots, unless they chair its track: the
	 * timetable's checker counts a talk's speaker apart from its MC's session only when
	 * the session does not already need them as gravely.
	 */
	Constraint personUnavailable(ConstraintFactory factory) {
		return absences(factory).filter(absence -> !absence.keyAttendee())
			.penalize(ONE)
			.asConstraint(ScheduleConstraint.PERSON_UNAVAILABLE.title());
	}

	/**
	 * Per session and key attendee (who does not chair the track) unavailable during a
	 * slot its talks fill.
	 */
	Constraint keyAttendeeUnavailable(ConstraintFactory factory) {
		return absences(factory).filter(Absence::keyAttendee)
			.penalize(ONE)
			.asConstraint(ScheduleConstraint.KEY_ATTENDEE_UNAVAILABLE.title());
	}

	/** Per slot, the penalty given for the talk and its block. */
	Constraint talkBlock(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.join(PenaltyLookup.class)
			.filter((talk, penalties) -> penalties.talkBlock(talk) > 0)
			.penalize(ONE, (talk, penalties) -> penalties.talkBlock(talk) * talk.slots())
			.asConstraint(ScheduleConstraint.TALK_BLOCK.title());
	}

	/** Per slot, the penalty given for the talk and its room. */
	Constraint talkRoom(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.join(PenaltyLookup.class)
			.filter((talk, penalties) -> penalties.talkRoom(talk) > 0)
			.penalize(ONE, (talk, penalties) -> penalties.talkRoom(talk) * talk.slots())
			.asConstraint(ScheduleConstraint.TALK_ROOM.title());
	}

	/**
	 * Per block, per pair of rooms holding different tracks t and u, their similarity.
	 */
	Constraint similarTracksInParallel(ConstraintFactory factory) {
		return parallelSessions(factory).filter((session, other) -> session.trackIndex() != other.trackIndex())
			.join(PenaltyLookup.class)
			.filter((session, other, penalties) -> penalties.similarity(session, other) > 0)
			.penalize(ONE, (session, other, penalties) -> penalties.similarity(session, other))
			.asConstraint(ScheduleConstraint.SIMILAR_TRACKS_IN_PARALLEL.title());
	}

	/** Per track, the number of distinct rooms it uses, less one. */
	Constraint trackInSeveralRooms(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.groupBy(PlannedTalk::trackId, countDistinct(PlannedTalk::roomId))
			.filter((track, rooms) -> rooms > 1)
			.penalize(ONE, (track, rooms) -> rooms - 1)
			.asConstraint(ScheduleConstraint.TRACK_IN_SEVERAL_ROOMS.title());
	}

	/** Per block and track, the rooms holding it, less one. */
	Constraint trackInTwoRoomsAtOnce(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.groupBy(PlannedTalk::trackId, PlannedTalk::blockId, countDistinct(PlannedTalk::roomId))
			.filter((track, block, rooms) -> rooms > 1)
			.penalize(ONE, (track, block, rooms) -> rooms - 1)
			.asConstraint(ScheduleConstraint.TRACK_IN_TWO_ROOMS_AT_ONCE.title());
	}

	/** Per track whose blocks are not one unbroken run in block order, one. */
	Constraint trackBlocksNotConsecutive(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.groupBy(PlannedTalk::trackId, toSet(talk -> talk.spot().blockRank()))
			.filter((track, ranks) -> Collections.max(ranks) - Collections.min(ranks) + 1 != ranks.size())
			.penalize(ONE)
			.asConstraint(ScheduleConstraint.TRACK_BLOCKS_NOT_CONSECUTIVE.title());
	}

	/**
	 * Per talk whose wanted position differs from its position in its track, one; and per
	 * pair of the track's talks with wanted positions at the same slot index of one
	 * block, one.
	 */
	Constraint talkOrder(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.groupBy(PlannedTalk::trackId, toList())
			.map((track, talks) -> track, (track, talks) -> TalkOrder.violations(talks))
			.filter((track, violations) -> violations > 0)
			.penalize(ONE, (track, violations) -> violations)
			.asConstraint(ScheduleConstraint.TALK_ORDER.title());
	}

	/**
	 * Per slot, the small or big penalty when the block falls outside the presenter's
	 * hours.
	 */
	Constraint presenterLocalTime(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.filter(talk -> talk.talk().presenterHours() != null)
			.join(PenaltyLookup.class)
			.filter((talk, penalties) -> penalties.presenterTime(talk) > 0)
			.penalize(ONE, (talk, penalties) -> penalties.presenterTime(talk))
			.asConstraint(ScheduleConstraint.PRESENTER_LOCAL_TIME.title());
	}

	/**
	 * Per block, per pair of talks in different rooms sharing a presenter, or where a
	 * presenter of one chairs the other's different track: one, and one more per slot
	 * both fill.
	 */
	Constraint presenterClash(ConstraintFactory factory) {
		return parallelTalks(factory).filter(Clashes::presenterClash)
			.penalize(ONE, (talk, other) -> 1 + talk.overlappingSlots(other))
			.asConstraint(ScheduleConstraint.PRESENTER_CLASH.title());
	}

	/**
	 * As the presenter clash, for an attendee of one who attends, presents in or chairs
	 * the other.
	 */
	Constraint attendeeClash(ConstraintFactory factory) {
		return parallelTalks(factory).filter(Clashes::attendeeClash)
			.penalize(ONE, (talk, other) -> 1 + talk.overlappingSlots(other))
			.asConstraint(ScheduleConstraint.ATTENDEE_CLASH.title());
	}

	/** Per block, per pair of cells whose different tracks share a chair. */
	Constraint chairClash(ConstraintFactory factory) {
		return parallelSessions(factory).filter(Clashes::chairClash)
			.penalize(ONE)
			.asConstraint(ScheduleConstraint.CHAIR_CLASH.title());
	}

	/**
	 * Per person and pair of overlapping sessions where they are a key attendee of one
	 * and a key attendee, presenter or chair of the other.
	 */
	Constraint keyAttendeeClash(ConstraintFactory factory) {
		UniConstraintStream<PersonInSession> peopleNeeded = factory.forEach(PlannedTalk.class)
			.flattenLast(PlannedTalk::peopleNeeded)
			.groupBy(PersonInSession::person, PersonInSession::session, max(PersonInSession::keyAttendee))
			.map(PersonInSession::new);
		return peopleNeeded
			.join(peopleNeeded, equal(PersonInSession::person), equal(needed -> needed.session().blockRank()))
			.filter((needed, elsewhere) -> needed.session().roomRank() < elsewhere.session().roomRank()
					&& (needed.keyAttendee() || elsewhere.keyAttendee()))
			.penalize(ONE)
			.asConstraint(ScheduleConstraint.KEY_ATTENDEE_CLASH.title());
	}

	/**
	 * Per session, the interest counted for it (its most wanted talk's) above the room's
	 * capacity.
	 */
	Constraint roomCapacity(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.groupBy(PlannedTalk::session, max(PlannedTalk::interest))
			.filter((session, interest) -> interest > session.room().capacity())
			.penalize(ONE, (session, interest) -> interest - session.room().capacity())
			.asConstraint(ScheduleConstraint.ROOM_CAPACITY.title());
	}

	/**
	 * Each person needed while unavailable once: a session's chair or key attendee once
	 * for all its talks, a presenter once per talk.
	 */
	private static UniConstraintStream<Absence> absences(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class)
			.join(PenaltyLookup.class)
			.map((talk, penalties) -> penalties.absences(talk))
			.flattenLast(absences -> absences)
			.distinct();
	}

	private static UniConstraintStream<Session> sessions(ConstraintFactory factory) {
		return factory.forEach(PlannedTalk.class).groupBy(PlannedTalk::session);
	}

	private static BiConstraintStream<Session, Session> parallelSessions(ConstraintFactory factory) {
		// Each pair once: the blocks' buckets are small, so a filter on the room order
		// is cheaper than a comparison index.
		return sessions(factory).join(sessions(factory), equal(Session::blockRank))
			.filter((session, other) -> session.roomRank() < other.roomRank());
	}

	private static BiConstraintStream<PlannedTalk, PlannedTalk> parallelTalks(ConstraintFactory factory) {
		return factory.forEachUniquePair(PlannedTalk.class, equal(PlannedTalk::blockId))
			.filter((talk, other) -> !talk.roomId().equals(other.roomId()));
	}

}
