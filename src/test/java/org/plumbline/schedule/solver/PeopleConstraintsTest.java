package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.penalties;
import static org.plumbline.schedule.solver.Fixtures.personBlocks;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;
import static org.plumbline.schedule.solver.Fixtures.weighted;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.ConflictLevel;

/**
 * The constraints on people needed in two places or while unavailable and on remote
 * presenters' hours, each on a tiny problem with a fixed layout against a penalty
 * computed by hand (issue 12, point 2).
 */
class PeopleConstraintsTest {

	private static final List<Room> TWO_ROOMS = List.of(room("r1"), room("r2"));

	private static final List<Room> THREE_ROOMS = List.of(room("r1"), room("r2"), room("r3"));

	@Test
	void presenterClashCountsPerPairOnceAndOnceMorePerSharedSlot() {
		// 1 block of 3 slots, r1 holds A (chaired by carol): a1 (alice, slots 0-1), a3
		// (alice, slot 2);
		// r2 holds B: b1 (alice, slot 1), b2 (carol, slot 2).
		// (a1,b1) alice, share slot 1 -> 2; (a1,b2) carol chairs A -> 1; (a3,b1) alice ->
		// 1;
		// (a3,b2) carol chairs A, share slot 2 -> 2; (a1,a3) same room -> 0. Total 6
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B")),
				List.of(talk("a1", "A", 2, List.of("alice"), List.of()),
						talk("a3", "A", 1, List.of("alice"), List.of()),
						talk("b1", "B", 1, List.of("alice"), List.of()),
						talk("b2", "B", 1, List.of("carol"), List.of())));

		assertThat(penalties(ScheduleConstraint.PRESENTER_CLASH, problem, at("a1", "b1", "r1", 0),
				at("a3", "b1", "r1", 2), at("b1", "b1", "r2", 1), at("b2", "b1", "r2", 2)))
			.isEqualTo(6);
	}

	@Test
	void presenterChairingTheirOwnTrackElsewhereIsNoPresenterClash() {
		// A (chaired by carol) in r1 and r2 of one block: carol presents a2 in r2 -> same
		// track -> 0
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of())),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1, List.of("carol"), List.of())));

		assertThat(penalties(ScheduleConstraint.PRESENTER_CLASH, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r2", 0)))
			.isZero();
	}

	@Test
	void attendeeClashCountsAnAttendeeWhoAttendsPresentsOrChairsTheOther() {
		// 1 block of 2 slots, r1 holds A (chaired by carol): a1 (attended by dave, slot
		// 0);
		// r2 holds B: b1 (attended by dave and carol, slot 0), b2 (presented by dave,
		// slot 1).
		// (a1,b1) dave attends both and carol chairs A, once per pair, share slot 0 -> 2;
		// (a1,b2) dave presents b2 -> 1. Total 3
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B")),
				List.of(talk("a1", "A", 1, List.of(), List.of("dave")),
						talk("b1", "B", 1, List.of(), List.of("dave", "carol")),
						talk("b2", "B", 1, List.of("dave"), List.of())));

		assertThat(penalties(ScheduleConstraint.ATTENDEE_CLASH, problem, at("a1", "b1", "r1", 0),
				at("b1", "b1", "r2", 0), at("b2", "b1", "r2", 1)))
			.isEqualTo(3);
	}

	@Test
	void chairClashCountsPerBlockAndPairOfCellsWhoseDifferentTracksShareAChair() {
		// b1: A (carol; two talks) in r1, B (carol, erin) in r2, C (erin) in r3 ->
		// (r1,r2) 1 + (r2,r3) 1 = 2;
		// b2: A in r1 and r2 -> same track -> 0. Total 2
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 1)), THREE_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B", List.of("carol", "erin"), List.of()),
						track("C", List.of("erin"), List.of())),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 1), talk("a4", "A", 1),
						talk("b1", "B", 1), talk("c1", "C", 1)));

		assertThat(penalties(ScheduleConstraint.CHAIR_CLASH, problem, at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("b1", "b1", "r2", 0), at("c1", "b1", "r3", 0), at("a3", "b2", "r1", 0), at("a4", "b2", "r2", 0)))
			.isEqualTo(2);
	}

	@Test
	void keyAttendeeClashCountsPerPersonAndPairOfParallelSessionsAndIsMediumByDefault() {
		// 1 block, A (keys kim, lee; two talks) in r1, B (key kim, chaired by lee) in r2,
		// C in r3 with a
		// talk presented by kim. (A,B): kim key of both, lee key of A and chair of B ->
		// 2;
		// (A,C): kim presents in C -> 1; (B,C): kim -> 1. Total 4, medium
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), THREE_ROOMS,
				List.of(track("A", List.of(), List.of("kim", "lee")), track("B", List.of("lee"), List.of("kim")),
						track("C")),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1), talk("b1", "B", 1),
						talk("c1", "C", 1, List.of("kim"), List.of())));

		ScheduleReport report = ScheduleSolver.report(problem, List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("b1", "b1", "r2", 0), at("c1", "b1", "r3", 1)));

		assertThat(report.constraint(ScheduleConstraint.KEY_ATTENDEE_CLASH).penalties()).isEqualTo(4);
		assertThat(report.score().mediumScore()).isEqualTo(-4);
	}

	@Test
	void keyAttendeeClashCountsAPersonOncePerPairWhateverRolesTheyHold() {
		// kim is key attendee of A and presents a1 and a2 there; kim chairs B and
		// presents b1 in r2
		// -> one person, one pair of sessions -> 1
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2)), TWO_ROOMS,
				List.of(track("A", List.of(), List.of("kim")), track("B", List.of("kim"), List.of())),
				List.of(talk("a1", "A", 1, List.of("kim"), List.of()), talk("a2", "A", 1, List.of("kim"), List.of()),
						talk("b1", "B", 1, List.of("kim"), List.of())));

		assertThat(penalties(ScheduleConstraint.KEY_ATTENDEE_CLASH, problem, at("a1", "b1", "r1", 0),
				at("a2", "b1", "r1", 1), at("b1", "b1", "r2", 0)))
			.isEqualTo(1);
	}

	@Test
	void personUnavailableCountsASessionsChairOnceAndAPresenterOncePerTalk() {
		// b1 of 3 slots: r1 holds A (chaired by carol): a1 (alice, slot 0), a2 (alice,
		// slot 1), a3 (carol, slot 2); r2 holds B (chaired by lee): b1 (dave, slots 0-1).
		// carol is unavailable all of b1: A's session -> 1, and not again for a3, since
		// she chairs A; alice in slots 0 and 1: a1 and a2 -> 2; dave in slot 2, after b1
		// -> 0; lee in b2 only -> 0. Total 3, hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3), block("b2", 2, 1)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of()), track("B", List.of("lee"), List.of())),
				List.of(talk("a1", "A", 1, List.of("alice"), List.of()),
						talk("a2", "A", 1, List.of("alice"), List.of()),
						talk("a3", "A", 1, List.of("carol"), List.of()),
						talk("b1", "B", 2, List.of("dave"), List.of())),
				personBlocks(new PersonBlock("carol", "b1"), new PersonBlock("alice", "b1", List.of(0, 1)),
						new PersonBlock("dave", "b1", List.of(2)), new PersonBlock("lee", "b2")));

		ScheduleReport report = ScheduleSolver.report(problem, List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1),
				at("a3", "b1", "r1", 2), at("b1", "b1", "r2", 0)));

		assertThat(report.constraint(ScheduleConstraint.PERSON_UNAVAILABLE).penalties()).isEqualTo(3);
		assertThat(report.constraint(ScheduleConstraint.KEY_ATTENDEE_UNAVAILABLE).penalties()).isZero();
		assertThat(report.score()).isEqualTo(HardMediumSoftScore.ofHard(-3));
	}

	@Test
	void keyAttendeeUnavailableCountsOncePerSessionAtMediumAndAChairAsAChair() {
		// b1 of 3 slots, r1 holds A (chaired by carol; key attendees kim and carol): a1
		// (slot 0), a2 (kim, slot 1), a3 (slot 2). kim is unavailable in slots 1 and 2,
		// carol all of b1. Key attendee unavailable: kim, once for A's session, though a2
		// and a3 both fall in her absence -> 1 medium; carol chairs A, so she counts as
		// a chair. Person unavailable: carol for the session, and kim presenting a2 -> 2
		// hard
		SchedulingProblem problem = problem(List.of(block("b1", 1, 3)), TWO_ROOMS,
				List.of(track("A", List.of("carol"), List.of("kim", "carol"))),
				List.of(talk("a1", "A", 1), talk("a2", "A", 1, List.of("kim"), List.of()), talk("a3", "A", 1)),
				personBlocks(new PersonBlock("kim", "b1", List.of(1, 2)), new PersonBlock("carol", "b1")));

		ScheduleReport report = ScheduleSolver.report(problem,
				List.of(at("a1", "b1", "r1", 0), at("a2", "b1", "r1", 1), at("a3", "b1", "r1", 2)));

		assertThat(report.constraint(ScheduleConstraint.KEY_ATTENDEE_UNAVAILABLE).penalties()).isEqualTo(1);
		assertThat(report.constraint(ScheduleConstraint.PERSON_UNAVAILABLE).penalties()).isEqualTo(2);
		assertThat(report.score()).isEqualTo(HardMediumSoftScore.of(-2, -1, 0));
	}

	@Test
	void personUnavailableWeighsOnTheLevelAndByTheWeightChosenAndZeroSwitchesItOff() {
		// alice presents a1 while unavailable: 1 penalty
		SchedulingProblem problem = problem(List.of(block("b1", 1, 1)), List.of(room("r1")), List.of(track("A")),
				List.of(talk("a1", "A", 1, List.of("alice"), List.of())), personBlocks(new PersonBlock("alice", "b1")));

		HardMediumSoftScore soft = ScheduleSolver
			.report(weighted(problem, Map.of(ScheduleConstraint.PERSON_UNAVAILABLE, new Weight(ConflictLevel.SOFT, 4))),
					List.of(at("a1", "b1", "r1", 0)))
			.score();
		ScheduleReport off = ScheduleSolver.report(
				weighted(problem, Map.of(ScheduleConstraint.PERSON_UNAVAILABLE, new Weight(ConflictLevel.HARD, 0))),
				List.of(at("a1", "b1", "r1", 0)));

		assertThat(soft).isEqualTo(HardMediumSoftScore.ofSoft(-4));
		assertThat(off.score()).isEqualTo(HardMediumSoftScore.ZERO);
		assertThat(off.constraint(ScheduleConstraint.PERSON_UNAVAILABLE).penalties()).isZero();
	}

	@Test
	void theSolverPlacesATalkWhereItsPresenterIsAvailable() {
		// alice is unavailable in b1 and in slot 0 of b2: only b2's slot 1 is free
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)), TWO_ROOMS,
				List.of(track("A")), List.of(talk("a1", "A", 1, List.of("alice"), List.of())),
				personBlocks(new PersonBlock("alice", "b1"), new PersonBlock("alice", "b2", List.of(0))));

		SolveResult result = ScheduleSolver.solve(problem, Termination.steps(50), 1, 1);

		assertThat(result.placements()).singleElement()
			.satisfies(placement -> assertThat(placement.block() + "/" + placement.firstSlot()).isEqualTo("b2/1"));
		assertThat(result.score()).isEqualTo(HardMediumSoftScore.ZERO);
	}

	@Test
	void presenterLocalTimeCountsPerSlotTheSmallOrTheBigPenalty() {
		// b1 runs 15:00-17:00 UTC on 2026-11-13, suitable 09:00-17:00, acceptable
		// 07:00-23:00 local.
		// x (2 slots) in Los Angeles, 07:00-09:00: acceptable, not suitable -> 2 x 2 = 4;
		// y (1 slot) in Tokyo, 00:00-02:00: not acceptable -> 1 x 10 = 10;
		// z (1 slot) in Berlin, 16:00-18:00: ends after 17:00, not suitable -> 1 x 2 = 2.
		// Total 16
		LocalHours suitable = new LocalHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
		LocalHours acceptable = new LocalHours(LocalTime.of(7, 0), LocalTime.of(23, 0));
		SchedulingProblem problem = new SchedulingProblem(List.of(block("b1", 1, 4)), List.of(room("r1")),
				List.of(track("A")),
				List.of(remote("x", 2, ZoneId.of("America/Los_Angeles"), suitable, acceptable),
						remote("y", 1, ZoneId.of("Asia/Tokyo"), suitable, acceptable),
						remote("z", 1, ZoneId.of("Europe/Berlin"), suitable, acceptable)),
				new PenaltyTables(null, null, null, null, null, null, null, 2, 10), null);

		assertThat(penalties(ScheduleConstraint.PRESENTER_LOCAL_TIME, problem, at("x", "b1", "r1", 0),
				at("y", "b1", "r1", 2), at("z", "b1", "r1", 3)))
			.isEqualTo(16);
	}

	@Test
	void presenterHoursRunningPastMidnightHoldABlockInsideThem() {
		// b1 runs 15:00-17:00 UTC: in Tokyo 00:00-02:00, inside 22:00-03:00 -> 0
		LocalHours lateNight = new LocalHours(LocalTime.of(22, 0), LocalTime.of(3, 0));
		SchedulingProblem problem = new SchedulingProblem(List.of(block("b1", 1, 4)), List.of(room("r1")),
				List.of(track("A")), List.of(remote("y", 1, ZoneId.of("Asia/Tokyo"), lateNight, lateNight)),
				new PenaltyTables(null, null, null, null, null, null, null, 2, 10), null);

		assertThat(penalties(ScheduleConstraint.PRESENTER_LOCAL_TIME, problem, at("y", "b1", "r1", 0))).isZero();
	}

	private static Talk remote(String id, int slots, ZoneId zone, LocalHours suitable, LocalHours acceptable) {
		return new Talk(id, "A", slots, null, List.of("p-" + id), List.of(), 0,
				new PresenterHours(zone, suitable, acceptable), null);
	}

}
