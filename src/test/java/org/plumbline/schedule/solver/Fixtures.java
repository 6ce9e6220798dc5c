package org.plumbline.schedule.solver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Tiny problems for the solver's tests. Blocks start at 15:00 UTC on consecutive days of
 * November 2026 and hold 30-minute slots; rooms seat 100.
 */
final class Fixtures {

	static final int SLOT_MINUTES = 30;

	private Fixtures() {
	}

	static Block block(String id, int order, int slots) {
		LocalDate date = LocalDate.of(2026, 11, 12).plusDays(order);
		Instant start = date.atTime(15, 0).toInstant(ZoneOffset.UTC);
		return new Block(id, order, date, start, start.plusSeconds(60L * SLOT_MINUTES * slots), slots, SLOT_MINUTES);
	}

	static Room room(String id) {
		return new Room(id, 100);
	}

	static Track track(String id) {
		return new Track(id, List.of(), List.of(), List.of());
	}

	static Track track(String id, List<String> chairs, List<String> keyAttendees) {
		return new Track(id, chairs, keyAttendees, List.of());
	}

	static Talk talk(String id, String track, int slots) {
		return talk(id, track, slots, List.of(), List.of());
	}

	static Talk talk(String id, String track, int slots, List<String> presenters, List<String> attendees) {
		return new Talk(id, track, slots, null, presenters, attendees, 0, null, null);
	}

	static Talk wanting(String id, String track, int wantedPosition) {
		return new Talk(id, track, 1, wantedPosition, List.of(), List.of(), 0, null, null);
	}

	static Talk interesting(String id, String track, long interest) {
		return new Talk(id, track, 1, null, List.of(), List.of(), interest, null, null);
	}

	static Talk pinned(Talk talk, String block, String room, int firstSlot) {
		return new Talk(talk.id(), talk.track(), talk.slots(), talk.wantedPosition(), talk.presenters(),
				talk.attendees(), talk.interest(), talk.presenterHours(), new Placement(block, room, firstSlot));
	}

	static TalkPlacement at(String talk, String block, String room, int firstSlot) {
		return new TalkPlacement(talk, block, room, firstSlot);
	}

	static SchedulingProblem problem(List<Block> blocks, List<Room> rooms, List<Track> tracks, List<Talk> talks) {
		return new SchedulingProblem(blocks, rooms, tracks, talks, PenaltyTables.NONE, Map.of());
	}

	static SchedulingProblem problem(List<Block> blocks, List<Room> rooms, List<Track> tracks, List<Talk> talks,
			PenaltyTables penalties) {
		return new SchedulingProblem(blocks, rooms, tracks, talks, penalties, Map.of());
	}

	static PenaltyTables trackBlocks(TablePenalty... entries) {
		return new PenaltyTables(List.of(entries), null, null, null, null, null, null, 0, 0);
	}

	static PenaltyTables trackRooms(TablePenalty... entries) {
		return new PenaltyTables(null, List.of(entries), null, null, null, null, null, 0, 0);
	}

	static PenaltyTables roomBlocks(TablePenalty... entries) {
		return new PenaltyTables(null, null, List.of(entries), null, null, null, null, 0, 0);
	}

	static PenaltyTables personBlocks(PersonBlock... entries) {
		return new PenaltyTables(null, null, null, List.of(entries), null, null, null, 0, 0);
	}

	static PenaltyTables talkBlocks(TablePenalty... entries) {
		return new PenaltyTables(null, null, null, null, List.of(entries), null, null, 0, 0);
	}

	static PenaltyTables talkRooms(TablePenalty... entries) {
		return new PenaltyTables(null, null, null, null, null, List.of(entries), null, 0, 0);
	}

	static PenaltyTables similarities(Similarity... entries) {
		return new PenaltyTables(null, null, null, null, null, null, List.of(entries), 0, 0);
	}

	static TablePenalty penalty(String subject, String target, long penalty) {
		return new TablePenalty(subject, target, penalty);
	}

	static SchedulingProblem weighted(SchedulingProblem problem, Map<ScheduleConstraint, Weight> weights) {
		return new SchedulingProblem(problem.blocks(), problem.rooms(), problem.tracks(), problem.talks(),
				problem.penalties(), weights);
	}

	/**
	 * How many penalties the constraint counts for the problem with every talk at the
	 * given placement.
	 */
	static long penalties(ScheduleConstraint constraint, SchedulingProblem problem, TalkPlacement... placements) {
		return ScheduleSolver.report(problem, List.of(placements)).constraint(constraint).penalties();
	}

}
