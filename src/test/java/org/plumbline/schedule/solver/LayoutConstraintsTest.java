package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.interesting;
import static org.plumbline.schedule.solver.Fixtures.penalties;
import static org.plumbline.schedule.solver.Fixtures.penalty;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;
import static org.plumbline.schedule.solver.Fixtures.wanting;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constraints on where tracks and talks sit, each on a tiny problem with a fixed
 * layout against a penalty computed by hand (issue 12, point 2).
 */
class LayoutConstraintsTest {

	private static final List<Room> TWO_ROOMS = List.of(room("r1"), room("r2"));

	@Test
	void roomDoubleBookedCountsEachSlotTwoTalksShare() {
		// 1 block of 5 slots, 1 room: a fills 0-1, b fills 1-2, c fills 3 -> a and b
		// share slot 1 -> 1
		SchedulingProblem problem = problem(List.of(block("b1", 1, 5)), List.of(room("r1")), List.of(track("A")),
				List.of(talk("a", "A", 2), talk("b", "A", 2), talk("c", "A", 1)));

		assertThat(penalties(ScheduleConstraint.ROOM_DOUBLE_BOOKED, problem, at("a", "b1", "r1", 0),
				at("b", "b1", "r1", 1), at("c", "b1", "r1", 3)))
			.isEqualTo(1);
	}

	@Test
	void sessionMixingTracksCountsEachPairOfTalksOfDifferentTracks() {
		// 1 block of 3 slots, 1 room: A's a1, a2 and B's b1 share it -> pairs (a1, b1),
		// (a2, b1) -> 2
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), List.of(room("r1")),
				List.of(track("A"), track("B")), List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("b1", "B", 1)));

		assertThat(penalties(ScheduleConstraint.SESSION_MIXES_TRACKS, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r1", 1), at("b1", "b1", "r1", 2)))
			.isEqualTo(2);
	}

	@Test
	void trackBlockPenaltyCountsOncePerCellNotPerTalk() {
		// 2 blocks x 2 rooms, A avoids b1 at 3: A holds b1/r1 (two talks), b1/r2 and
		// b2/r1 -> 2 cells in b1 x 3 -> 6
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), TWO_ROOMS,
				List.of(track("A")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1)),
				Fixtures.trackBlocks(penalty("A", "b1", 3)));

		assertThat(penalties(ScheduleConstraint.TRACK_BLOCK, problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("a3", "b1", "r2", 0), at("a4", "b2", "r1", 0)))
			.isEqualTo(6);
	}

	@Test
	void trackRoomPenaltyCountsOncePerCell() {
		// 2 blocks x 2 rooms, A avoids r1 at 2: A holds b1/r1 (two talks), b2/r1 and
		// b2/r2 -> 2 cells in r1 x 2 -> 4
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), TWO_ROOMS,
				List.of(track("A")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1)),
				Fixtures.trackRooms(penalty("A", "r1", 2)));

		assertThat(penalties(ScheduleConstraint.TRACK_ROOM, problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("a3", "b2", "r1", 0), at("a4", "b2", "r2", 0)))
			.isEqualTo(4);
	}

	@Test
	void roomUnavailableCountsOncePerOccupiedCellAndIsHardByDefault() {
		// r1 unavailable in b1 at 5: b1/r1 holds two talks (one cell), b2/r1 is free of
		// penalty -> 5, hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), TWO_ROOMS,
				List.of(track("A")), List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1)),
				Fixtures.roomBlocks(penalty("r1", "b1", 5)));

		ScheduleReport report = ScheduleSolver.report(problem,
				List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1), at("a3", "b2", "r1", 0)));

		assertThat(report.constraint(ScheduleConstraint.ROOM_UNAVAILABLE).penalties()).isEqualTo(5);
		assertThat(report.score().hardScore()).isEqualTo(-5);
	}

	@Test
	void talkBlockPenaltyCountsPerSlotTheTalkFills() {
		// x fills 3 slots of b1, which it avoids at 2 -> 6; y in b1 has no entry -> 0
		SchedulingProblem problem = problem(List.of(block("b1", 1, 4)), List.of(room("r1")), List.of(track("A")),
				List.of(talk("x", "A", 3), talk("y", "A", 1)), Fixtures.talkBlocks(penalty("x", "b1", 2)));

		assertThat(penalties(ScheduleConstraint.TALK_BLOCK, problem, at("x", "b1", "r1", 0), at("y", "b1", "r1", 3)))
			.isEqualTo(6);
	}

	@Test
	void talkRoomPenaltyCountsPerSlotTheTalkFills() {
		// x fills 2 slots of r2, which it avoids at 4 -> 8
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), TWO_ROOMS, List.of(track("A")),
				List.of(talk("x", "A", 2)), Fixtures.talkRooms(penalty("x", "r2", 4), penalty("x", "r1", 9)));

		assertThat(penalties(ScheduleConstraint.TALK_ROOM, problem, at("x", "b1", "r2", 0))).isEqualTo(8);
	}

	@Test
	void similarTracksCountPerBlockAndPairOfRoomsHoldingDifferentTracks() {
		// b1: A (two talks) in r1, B in r2, C in r3; A~B 3, A~C 1 -> (r1,r2) 3 + (r1,r3)
		// 1 + (r2,r3) 0 = 4;
		// b2: A in r1 and r2 -> same track, 0. Total 4
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)),
				List.of(room("r1"), room("r2"), room("r3")), List.of(track("A"), track("B"), track("C")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1),
						talk("b1", "B", 1), talk("c1", "C", 1)),
				Fixtures.similarities(new Similarity("A", "B", 3), new Similarity("C", "A", 1)));

		assertThat(penalties(ScheduleConstraint.SIMILAR_TRACKS_IN_PARALLEL, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r1", 1), at("b1", "b1", "r2", 0), at("c1", "b1", "r3", 0), at("a3", "b2", "r1", 0),
				at("a4", "b2", "r2", 0)))
			.isEqualTo(4);
	}

	@Test
	void trackInSeveralRoomsCountsDistinctRoomsLessOne() {
		// A uses r1, r2, r3 (r1 twice) -> 2; B only r1 -> 0
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1), block("b2", 2, 1), block("b3", 3, 1)),
				List.of(room("r1"), room("r2"), room("r3")), List.of(track("A"), track("B")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1),
						talk("b1", "B", 1)));

		assertThat(penalties(ScheduleConstraint.TRACK_IN_SEVERAL_ROOMS, problem, at("a1", "b1", "r1", 0),
				at("a2", "b2", "r1", 0), at("a3", "b2", "r2", 0), at("a4", "b3", "r3", 0), at("b1", "b1", "r2", 0)))
			.isEqualTo(2);
	}

	@Test
	void trackInTwoRoomsAtOnceCountsPerBlockTheRoomsLessOne() {
		// b1: A in r1, r2, r3 -> 2; b2: A in r1 only -> 0
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1), block("b2", 2, 2)),
				List.of(room("r1"), room("r2"), room("r3")), List.of(track("A")), List.of(talk("a1", "A", 1),
						talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1), talk("a5", "A", 1)));

		assertThat(penalties(ScheduleConstraint.TRACK_IN_TWO_ROOMS_AT_ONCE, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r2", 0), at("a3", "b1", "r3", 0), at("a4", "b2", "r1", 0), at("a5", "b2", "r1", 1)))
			.isEqualTo(2);
	}

	@Test
	void trackBlocksNotConsecutiveCountsOncePerBrokenTrackInBlockOrder() {
		// blocks listed out of order; by order: b1 b2 b3 b4. A in b1, b3 -> 1; B in b2,
		// b3 -> 0;
		// C in b1, b2, b4 (b2 twice) -> 1. Total 2
		SchedulingProblem problem = problem(
				List.of(block("b4", 4, 2), block("b2", 2, 2), block("b3", 3, 2), block("b1", 1, 2)), TWO_ROOMS,
				List.of(track("A"), track("B"), track("C")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("b1", "B", 1), talk("b2", "B", 1),
						talk("c1", "C", 1), talk("c2", "C", 1), talk("c3", "C", 1), talk("c4", "C", 1)));

		assertThat(penalties(ScheduleConstraint.TRACK_BLOCKS_NOT_CONSECUTIVE, problem, at("a1", "b1", "r1", 0),
				at("a2", "b3", "r1", 0), at("b1", "b2", "r1", 0), at("b2", "b3", "r2", 0), at("c1", "b1", "r2", 0),
				at("c2", "b2", "r2", 0), at("c3", "b2", "r2", 1), at("c4", "b4", "r1", 0)))
			.isEqualTo(2);
	}

	@Test
	void talkOrderCountsEachTalkAwayFromItsWantedPosition() {
		// A ordered by block, room, slot: p2 (b1 slot 0), p1 (b1 slot 1), q (b1 slot 2),
		// p3 (b2):
		// p2 wants 2 but is 1st, p1 wants 1 but is 2nd, p3 wants 3 but is 4th; q wants
		// none -> 3
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3), block("b2", 2, 1)), List.of(room("r1")),
				List.of(track("A")),
				List.of(wanting("p1", "A", 1), wanting("p2", "A", 2), wanting("p3", "A", 3), talk("q", "A", 1)));

		assertThat(penalties(ScheduleConstraint.TALK_ORDER, problem, at("p2", "b1", "r1", 0), at("p1", "b1", "r1", 1),
				at("q", "b1", "r1", 2), at("p3", "b2", "r1", 0)))
			.isEqualTo(3);
	}

	@Test
	void talkOrderCountsPairsWithWantedPositionsAtOneSlotIndexOfOneBlock() {
		// B's w1 (r1) and w2 (r2) at slot 0 of b1: positions 1 and 2 as wanted -> 0, but
		// in parallel -> 1
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS, List.of(track("B")),
				List.of(wanting("w1", "B", 1), wanting("w2", "B", 2)));

		assertThat(penalties(ScheduleConstraint.TALK_ORDER, problem, at("w1", "b1", "r1", 0), at("w2", "b1", "r2", 0)))
			.isEqualTo(1);
	}

	@Test
	void roomCapacityCountsPerSessionItsMostWantedTalkAboveTheRoom() {
		// r1 seats 100: A's session there has talks of 80 and 130 -> 30; r2 seats 50: B
		// with 40 -> 0,
		// A in b2/r2 with 70 -> 20. Total 50
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)),
				List.of(new Room("r1", 100), new Room("r2", 50)), List.of(track("A"), track("B")),
				List.of(interesting("a1", "A", 80), interesting("a2", "A", 130), interesting("b1", "B", 40),
						interesting("a3", "A", 70)));

		assertThat(penalties(ScheduleConstraint.ROOM_CAPACITY, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r1", 1), at("b1", "b1", "r2", 0), at("a3", "b2", "r2", 0)))
			.isEqualTo(50);
	}

}
