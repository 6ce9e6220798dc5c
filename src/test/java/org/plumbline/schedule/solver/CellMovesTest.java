package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.pinned;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The session and block moves: what they carry where, and when they refuse (a talk
 * pinned, or not fitting its new block). Each is drawn with many seeds, since the moves
 * pick their cells at random.
 */
class CellMovesTest {

	private static final int DRAWS = 200;

	@Test
	void aSessionMoveCarriesTheTracksTalksInItsCellToTheSameSlotsOfAnotherCellAndThatCellsTalksBack() {
		// one block of 3 slots, rooms r1 and r2: A's session a1, a2 in r1, B's b1 in r2.
		// Whichever session is drawn, the only other cell is the other one: they swap.
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), List.of(room("r1"), room("r2")),
				List.of(track("A"), track("B")), List.of(talk("a1", "A", 1), talk("a2", "A", 2), talk("b1", "B", 1)));
		List<PlannedTalk> talks = placed(problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("b1", "b1", "r2", 0));

		List<List<String>> drawn = draws(new SessionSwapMoves(), talks);

		assertThat(drawn).isNotEmpty()
			.allSatisfy(move -> assertThat(move).containsExactlyInAnyOrder("a1 -> b1/r2/0", "a2 -> b1/r2/1",
					"b1 -> b1/r1/0"));
	}

	@Test
	void aSessionMoveLeavesOtherTracksInTheCellItLeaves() {
		// A's a1 and B's b1 share b1/r1 (a hard violation the move may repair); r2 is
		// empty
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), List.of(room("r1"), room("r2")),
				List.of(track("A"), track("B")), List.of(talk("a1", "A", 1), talk("b1", "B", 1)));
		List<PlannedTalk> talks = placed(problem, at("a1", "b1", "r1", 0), at("b1", "b1", "r1", 1));

		List<List<String>> drawn = draws(new SessionSwapMoves(), talks);

		assertThat(drawn).isNotEmpty()
			.allSatisfy(move -> assertThat(move).singleElement().isIn("a1 -> b1/r2/0", "b1 -> b1/r2/1"));
	}

	@Test
	void noSessionMoveTouchesAPinnedTalk() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), List.of(room("r1"), room("r2")),
				List.of(track("A"), track("B")),
				List.of(talk("a1", "A", 1), pinned(talk("a2", "A", 1), "b1", "r1", 1), talk("b1", "B", 1)));
		List<PlannedTalk> talks = placed(problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("b1", "b1", "r2", 0));

		assertThat(draws(new SessionSwapMoves(), talks)).isEmpty();
	}

	@Test
	void aBlockSwapExchangesTwoBlocksRoomByRoomAndSlotBySlot() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)),
				List.of(room("r1"), room("r2")), List.of(track("A"), track("C")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("c1", "C", 1)));
		List<PlannedTalk> talks = placed(problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r2", 1),
				at("c1", "b2", "r1", 1));

		List<List<String>> drawn = draws(new BlockSwapMoves(), talks);

		assertThat(drawn).isNotEmpty()
			.allSatisfy(move -> assertThat(move).containsExactlyInAnyOrder("a1 -> b2/r1/0", "a2 -> b2/r2/1",
					"c1 -> b1/r1/1"));
	}

	@Test
	void noBlockSwapWhenATalkDoesNotFitTheOtherBlock() {
		// b1 holds 3 slots, b2 only 2: a1 in b1's last slot has no place in b2
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3), block("b2", 2, 2)), List.of(room("r1")),
				List.of(track("A")), List.of(talk("a1", "A", 1), talk("a2", "A", 1)));
		List<PlannedTalk> talks = placed(problem, at("a1", "b1", "r1", 2), at("a2", "b2", "r1", 0));

		assertThat(draws(new BlockSwapMoves(), talks)).isEmpty();
	}

	private static List<PlannedTalk> placed(SchedulingProblem problem, TalkPlacement... placements) {
		return new ModelBuilder(problem)
			.placed(List.of(placements), ScheduleReports.overrides(ModelBuilder.weightsOf(problem)))
			.getTalks();
	}

	/** The moves drawn with seeds 0 to {@link #DRAWS}, each as "talk -> spot" lines. */
	private static List<List<String>> draws(CellMoveFactory factory, List<PlannedTalk> talks) {
		factory.index(talks, null);
		List<List<String>> drawn = new ArrayList<>();
		for (long seed = 0; seed < DRAWS; seed++) {
			Optional<CellContentMove> move = factory.tryMove(talks, new Random(seed));
			move.ifPresent(found -> {
				List<String> lines = new ArrayList<>();
				for (int index = 0; index < found.talks().size(); index++) {
					lines.add(found.talks().get(index).id() + " -> " + found.targets().get(index));
				}
				drawn.add(lines);
			});
		}
		return drawn;
	}

}
