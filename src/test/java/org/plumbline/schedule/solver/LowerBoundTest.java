package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.interesting;
import static org.plumbline.schedule.solver.Fixtures.penalty;
import static org.plumbline.schedule.solver.Fixtures.pinned;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;
import static org.plumbline.schedule.solver.Fixtures.wanting;
import static org.plumbline.schedule.solver.Fixtures.weighted;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.ConflictLevel;

/**
 * The lower bound: hand-computed on tiny problems, and never better than what the solver
 * reaches.
 */
class LowerBoundTest {

	@Test
	void eachTalkPaysItsCheapestSpotPerSlot() {
		// a1 (2 slots) costs 3 a slot in b1 and 1 in b2: at least 2. a2 costs 2 in r1 and
		// 5 in r2: at least 2.
		SchedulingProblem problem = talkPreferences();

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ofSoft(-4));
		assertThat(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).score())
			.isEqualTo(LowerBound.of(problem));
	}

	@Test
	void aWeightMultipliesItsTermOnTheLevelItNames() {
		// a1's term (2) made hard at weight 3: -6 hard; a2's stays soft: -2
		SchedulingProblem problem = weighted(talkPreferences(),
				Map.of(ScheduleConstraint.TALK_BLOCK, new Weight(ConflictLevel.HARD, 3)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.of(-6, 0, -2));
	}

	@Test
	void aTrackPaysTheCheapestOfTheCellsItsSlotsNeed() {
		// 5 slots in blocks of 2 need 3 cells. Cell costs (track-block + track-room +
		// room-block): b1/r1 5, b1/r2 4, b2/r1 1, b2/r2 1, b3/r1 1, b3/r2 0; the cheapest
		// three: 2.
		SchedulingProblem problem = weighted(threeCellTrack(),
				Map.of(ScheduleConstraint.ROOM_UNAVAILABLE, new Weight(ConflictLevel.SOFT, 1)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ofSoft(-2));
		assertThat(ScheduleSolver.solve(problem, Termination.steps(200), 1, 1).score())
			.isLessThanOrEqualTo(LowerBound.of(problem));
	}

	@Test
	void onTheHardLevelATrackCountsOneCellSinceOverlappingTalksNeedFewer() {
		// A's two talks fill both 2-slot blocks of r1, unavailable in b1: every layout
		// without overlaps pays for b1/r1, but one with both talks in b2/r1 does not (it
		// double-books the room instead, which is hard too), so only a soft room
		// unavailability is counted.
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), List.of(room("r1")),
				List.of(track("A")), List.of(talk("a1", "A", 2), talk("a2", "A", 2)),
				new PenaltyTables(null, null, List.of(penalty("r1", "b1", 1)), null, null, null, null, 0, 0));
		SchedulingProblem soft = weighted(problem,
				Map.of(ScheduleConstraint.ROOM_UNAVAILABLE, new Weight(ConflictLevel.SOFT, 1)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ZERO);
		assertThat(ScheduleSolver.report(problem, List.of(at("a1", "b2", "r1", 0), at("a2", "b2", "r1", 0)))
			.constraint(ScheduleConstraint.ROOM_UNAVAILABLE)
			.penalties()).isZero();
		assertThat(LowerBound.of(soft)).isEqualTo(HardMediumSoftScore.ofSoft(-1));
		assertThat(ScheduleSolver.solve(soft, Termination.steps(50), 1, 1).score()).isEqualTo(LowerBound.of(soft));
	}

	@Test
	void aPinnedCellIsPaidInFull() {
		// a1 is pinned in b1/r1 (cost 5); a2 and a3 need two more cells of the rest: 0
		// and 1
		SchedulingProblem threeCells = threeCellTrack();
		List<Talk> talks = List.of(pinned(threeCells.talks().get(0), "b1", "r1", 0), threeCells.talks().get(1),
				threeCells.talks().get(2));
		SchedulingProblem problem = weighted(
				new SchedulingProblem(threeCells.blocks(), threeCells.rooms(), threeCells.tracks(), talks,
						threeCells.penalties(), null),
				Map.of(ScheduleConstraint.ROOM_UNAVAILABLE, new Weight(ConflictLevel.SOFT, 1)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ofSoft(-6));
	}

	@Test
	void whoIsUnavailableInEverySpotATalkMayTakeIsCounted() {
		// a1 (1 slot, presented by alice) of A (chaired by carol, key attendee kim) may
		// take b1's slot 0 or 1 or b2's one slot. alice is unavailable in both blocks: 1
		// hard; carol only in b1's slot 0 and in b2, so b1's slot 1 avoids her; kim in
		// both blocks: 1 medium
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)), List.of(room("r1")),
				List.of(track("A", List.of("carol"), List.of("kim"))),
				List.of(talk("a1", "A", 1, List.of("alice"), List.of())),
				Fixtures.personBlocks(new PersonBlock("alice", "b1"), new PersonBlock("alice", "b2"),
						new PersonBlock("carol", "b1", List.of(0)), new PersonBlock("carol", "b2"),
						new PersonBlock("kim", "b1"), new PersonBlock("kim", "b2")));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.of(-1, -1, 0));
		assertThat(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).score())
			.isEqualTo(LowerBound.of(problem));
	}

	@Test
	void aTracksMostWantedTalkOverflowsEvenTheLargestRoom() {
		// rooms seat 100 and 50; A's most wanted talk draws 130 (30 over), B's 90 fits;
		// weight 2
		SchedulingProblem problem = weighted(
				problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), List.of(room("r1"), new Room("r2", 50)),
						List.of(track("A"), track("B")),
						List.of(interesting("a1", "A", 130), interesting("a2", "A", 120), interesting("b1", "B", 90))),
				Map.of(ScheduleConstraint.ROOM_CAPACITY, new Weight(ConflictLevel.SOFT, 2)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ofSoft(-60));
		assertThat(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).score())
			.isLessThanOrEqualTo(LowerBound.of(problem));
	}

	@Test
	void onlyOneTalkCanHaveAPositionAndNoneAPositionBeyondTheTrack() {
		// three talks: two want position 1, one wants 5 -> two can never be where wanted
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), List.of(room("r1")), List.of(track("A")),
				List.of(wanting("x", "A", 1), wanting("y", "A", 1), wanting("z", "A", 5)));

		assertThat(LowerBound.of(problem)).isEqualTo(HardMediumSoftScore.ofSoft(-2));
		assertThat(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).score())
			.isEqualTo(LowerBound.of(problem));
	}

	@Test
	void theBoundIsNeverBetterThanTheSolversResultOnAGeneratedProblem() {
		SchedulingProblem problem = ProblemGenerator.generate(ProblemGenerator.Preset.SMALL, 1);

		HardMediumSoftScore bound = LowerBound.of(problem);

		assertThat(bound.softScore()).isNegative();
		assertThat(ScheduleSolver.solve(problem, Termination.steps(300), 1, 2).score()).isLessThanOrEqualTo(bound);
	}

	@Test
	void aBadProblemIsRefusedBeforeAnyBoundIsWorkedOut() {
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), List.of(room("r1")), List.of(track("A")),
				List.of(talk("a1", "nowhere", 1)));

		assertThatThrownBy(() -> LowerBound.of(problem)).isInstanceOf(InvalidProblemException.class);
	}

	/** a1 (2 slots) and a2 (1 slot) of one track; two blocks of two slots, two rooms. */
	private static SchedulingProblem talkPreferences() {
		return problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), List.of(room("r1"), room("r2")),
				List.of(track("A")), List.of(talk("a1", "A", 2), talk("a2", "A", 1)),
				new PenaltyTables(null, null, null, null, List.of(penalty("a1", "b1", 3), penalty("a1", "b2", 1)),
						List.of(penalty("a2", "r1", 2), penalty("a2", "r2", 5)), null, 0, 0));
	}

	/**
	 * Track A's talks fill 5 slots (1 + 2 + 2) over three blocks of two slots and two
	 * rooms; A costs 4 in b1 and 1 in r1, and r2 is unavailable in b2.
	 */
	private static SchedulingProblem threeCellTrack() {
		return problem(List.of(block("b1", 1, 2), block("b2", 2, 2), block("b3", 3, 2)),
				List.of(room("r1"), room("r2")), List.of(track("A")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 2), talk("a3", "A", 2)),
				new PenaltyTables(List.of(penalty("A", "b1", 4)), List.of(penalty("A", "r1", 1)),
						List.of(penalty("r2", "b2", 1)), null, null, null, null, 0, 0));
	}

}
