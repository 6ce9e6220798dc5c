package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.penalty;
import static org.plumbline.schedule.solver.Fixtures.pinned;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;
import static org.plumbline.schedule.solver.Fixtures.weighted;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.ConflictLevel;

/** A bad problem is refused before solving, with one message naming the item at fault. */
class ProblemValidationTest {

	private static final List<Block> TWO_BLOCKS = List.of(block("b1", 1, 2), block("b2", 2, 3));

	private static final List<Room> ONE_ROOM = List.of(room("r1"));

	@Test
	void aTalkOfAnUnknownTrackIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of(talk("t1", "Z", 1)));

		assertRefused(problem, "talk t1 names unknown track Z");
	}

	@Test
	void aTrackBoundToAnUnknownRoomIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM,
				List.of(new Track("A", null, null, List.of(new Cell("b1", "r9")))), List.of(talk("t1", "A", 1)));

		assertRefused(problem, "track A names unknown room r9");
	}

	@Test
	void aPenaltyForAnUnknownBlockIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of(talk("t1", "A", 1)),
				Fixtures.trackBlocks(penalty("A", "b7", 1)));

		assertRefused(problem, "the penalty table trackBlocks names an unknown block b7");
	}

	@Test
	void anUnknownPersonDeclaredUnavailableIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A", List.of("carol"), List.of())),
				List.of(talk("t1", "A", 1, List.of("alice"), List.of())),
				Fixtures.personBlocks(new PersonBlock("carol", "b1"), new PersonBlock("zoe", "b2")));

		assertRefused(problem, "the penalty table personBlocks names an unknown person zoe");
	}

	@Test
	void aPersonUnavailableInASlotTheirBlockDoesNotHaveIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(talk("t1", "A", 1, List.of("alice"), List.of())),
				Fixtures.personBlocks(new PersonBlock("alice", "b1", List.of(1, 2))));

		assertRefused(problem,
				"the penalty table personBlocks gives person alice slot 2 of block b1, which holds 2 (slots count from 0)");
	}

	@Test
	void aPersonListedTwiceForOneBlockIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(talk("t1", "A", 1, List.of("alice"), List.of())), Fixtures.personBlocks(
						new PersonBlock("alice", "b1", List.of(0)), new PersonBlock("alice", "b1", List.of(1))));

		assertRefused(problem, "the penalty table personBlocks lists person alice and block b1 twice");
	}

	@Test
	void aTalkLongerThanEveryBlockIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of(talk("long", "A", 4)));

		assertRefused(problem, "talk long needs 4 slots, longer than every block (the longest holds 3)");
	}

	@Test
	void talksNeedingMoreSlotsThanTheBlocksAndRoomsHoldAreRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(talk("t1", "A", 3), talk("t2", "A", 2), talk("t3", "A", 1)));

		assertRefused(problem, "the talks need 6 slots but the blocks and rooms hold 5");
	}

	@Test
	void aTrackNeedingMoreSlotsThanItsBoundCellsHoldIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM,
				List.of(new Track("A", null, null, List.of(new Cell("b1", "r1")))),
				List.of(talk("t1", "A", 2), talk("t2", "A", 1)));

		assertRefused(problem, "track A needs 3 slots but the cells it is bound to hold 2");
	}

	@Test
	void aNegativeWeightIsRefused() {
		SchedulingProblem problem = weighted(
				problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of(talk("t1", "A", 1))),
				Map.of(ScheduleConstraint.ATTENDEE_CLASH, new Weight(ConflictLevel.SOFT, -2)));

		assertRefused(problem, "constraint Attendee clash has a negative weight (-2)");
	}

	@Test
	void aWeightOnARuleThatKeepsTheTimetablePossibleIsRefused() {
		SchedulingProblem problem = weighted(
				problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of(talk("t1", "A", 1))),
				Map.of(ScheduleConstraint.ROOM_DOUBLE_BOOKED, new Weight(ConflictLevel.SOFT, 1)));

		assertRefused(problem, "constraint Room double-booked cannot be weighted");
	}

	@Test
	void twoBlocksOfOneOrderAreRefused() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 1, 3)), ONE_ROOM,
				List.of(track("A")), List.of(talk("t1", "A", 1)));

		assertRefused(problem, "blocks b1 and b2 share order 1");
	}

	@Test
	void aProblemWithoutTalksIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")), List.of());

		assertRefused(problem, "the problem has no talks to place");
	}

	@Test
	void aTalkListedTwiceIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(talk("t1", "A", 1), talk("t1", "A", 1)));

		assertRefused(problem, "talk t1 is listed twice");
	}

	@Test
	void aTalkPinnedWhereItsSlotsDoNotFitIsRefused() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(pinned(talk("t1", "A", 2), "b1", "r1", 1)));

		assertRefused(problem, "talk t1 is pinned at b1/r1/1 but its 2 slots do not fit in block b1");
	}

	@Test
	void aSolutionThatLeavesATalkOutCannotBeScored() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(talk("t1", "A", 1), talk("t2", "A", 1)));

		assertThatThrownBy(() -> ScheduleSolver.report(problem, List.of(at("t1", "b1", "r1", 0))))
			.isInstanceOf(InvalidProblemException.class)
			.hasMessage("the solution does not place talk t2");
	}

	@Test
	void aSolutionThatMovesAPinnedTalkCannotBeScored() {
		SchedulingProblem problem = problem(TWO_BLOCKS, ONE_ROOM, List.of(track("A")),
				List.of(pinned(talk("t1", "A", 1), "b1", "r1", 0)));

		assertThatThrownBy(() -> ScheduleSolver.report(problem, List.of(at("t1", "b2", "r1", 0))))
			.isInstanceOf(InvalidProblemException.class)
			.hasMessage("talk t1 is pinned to b1/r1/0 but the solution places it at b2/r1/0");
	}

	private static void assertRefused(SchedulingProblem problem, String message) {
		assertThatThrownBy(() -> ScheduleSolver.solve(problem, Termination.steps(1), 0, 1))
			.isInstanceOf(InvalidProblemException.class)
			.hasMessage(message);
	}

}
