package org.plumbline.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.schedule.solver.Fixtures.at;
import static org.plumbline.schedule.solver.Fixtures.block;
import static org.plumbline.schedule.solver.Fixtures.penalty;
import static org.plumbline.schedule.solver.Fixtures.pinned;
import static org.plumbline.schedule.solver.Fixtures.problem;
import static org.plumbline.schedule.solver.Fixtures.room;
import static org.plumbline.schedule.solver.Fixtures.talk;
import static org.plumbline.schedule.solver.Fixtures.track;
import static org.plumbline.schedule.solver.Fixtures.wanting;
import static org.plumbline.schedule.solver.Fixtures.weighted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plumbline.schedule.ConflictLevel;

/**
 * The runner: it finds the one feasible layout, keeps pins, and repeats itself given
 * steps and a seed.
 */
class ScheduleSolverTest {

	@Test
	void findsTheOnlyFeasibleLayoutOfATightProblem() {
		// b1 has 2 slots, b2 1; r2 is unavailable in b2 (hard), A may not use r2 (made
		// hard), a1 and c1
		// share a presenter, B's talks must keep their order (made hard). Five slots for
		// five slots of
		// talks: a1 fills b1/r1; B cannot split (c1 would share b1/r2 with it, or sit in
		// b2/r2), so
		// bx, by fill b1/r2 in order and c1 takes b2/r1. Any other layout breaks a hard
		// rule.
		SchedulingProblem tight = weighted(
				problem(List.of(block("b1", 1, 2), block("b2", 2, 1)), List.of(room("r1"), room("r2")),
						List.of(track("A"), track("B"), track("C")),
						List.of(talk("a1", "A", 2, List.of("pat"), List.of()), wanting("bx", "B", 1),
								wanting("by", "B", 2), talk("c1", "C", 1, List.of("pat"), List.of())),
						new PenaltyTables(null, List.of(penalty("A", "r2", 1)), List.of(penalty("r2", "b2", 1)), null,
								null, null, null, 0, 0)),
				Map.of(ScheduleConstraint.TRACK_ROOM, new Weight(ConflictLevel.HARD, 1), ScheduleConstraint.TALK_ORDER,
						new Weight(ConflictLevel.HARD, 1)));

		SolveResult result = ScheduleSolver.solve(tight, Termination.steps(100), 1, 1);

		assertThat(result.placements()).containsExactly(at("a1", "b1", "r1", 0), at("bx", "b1", "r2", 0),
				at("by", "b1", "r2", 1), at("c1", "b2", "r1", 0));
		assertThat(result.score().hardScore()).isZero();
		assertThat(result.report().hardViolations()).isEmpty();
	}

	@Test
	void pinnedTalksStayWherePinnedEvenWhenThatCostsHardPenalties() {
		// x and y are pinned on top of each other in b1/r1: the solver must leave both
		// there
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)),
				List.of(room("r1"), room("r2")), List.of(track("A")), List.of(pinned(talk("x", "A", 1), "b1", "r1", 0),
						pinned(talk("y", "A", 1), "b1", "r1", 0), talk("z", "A", 1)));

		SolveResult result = ScheduleSolver.solve(problem, Termination.steps(20), 3, 1);

		assertThat(result.placements()).contains(at("x", "b1", "r1", 0), at("y", "b1", "r1", 0));
		assertThat(result.report().hardViolations()).singleElement()
			.satisfies(line -> assertThat(line.name()).isEqualTo(ScheduleConstraint.ROOM_DOUBLE_BOOKED.title()));
	}

	@Test
	void aTrackBoundToCellsStaysInThemAndAnMcWithoutTalksFillsItsBlock() {
		// MC M has no talks yet: one item of b2's two slots, bound to b2/r1; A's talks go
		// anywhere
		SchedulingProblem problem = problem(List.of(block("b1", 1, 2), block("b2", 2, 2)),
				List.of(room("r1"), room("r2")),
				List.of(new Track("M", null, null, List.of(new Cell("b2", "r1"))), track("A")),
				List.of(talk("m", "M", 2), talk("a1", "A", 1), talk("a2", "A", 1), talk("a3", "A", 2)));

		SolveResult result = ScheduleSolver.solve(problem, Termination.steps(20), 11, 1);

		assertThat(result.placements()).contains(at("m", "b2", "r1", 0));
	}

	@Test
	void theSameProblemSeedStepsAndThreadsGiveTheSamePlacements() {
		SchedulingProblem problem = twelveTalks();

		SolveResult first = ScheduleSolver.solve(problem, Termination.steps(60), 42, 2);
		SolveResult second = ScheduleSolver.solve(problem, Termination.steps(60), 42, 2);

		assertThat(second.placements()).isEqualTo(first.placements());
		assertThat(second.score()).isEqualTo(first.score());
		assertThat(second.seed()).isEqualTo(first.seed());
	}

	@Test
	void threadsRunSolversSeededFromTheSeedAndKeepTheBest() {
		SchedulingProblem problem = twelveTalks();

		SolveResult best = ScheduleSolver.solve(problem, Termination.steps(20), 7, 2);

		assertThat(best.seed()).isBetween(7L, 8L);
		for (long seed = 7; seed <= 8; seed++) {
			assertThat(best.score())
				.isGreaterThanOrEqualTo(ScheduleSolver.solve(problem, Termination.steps(20), seed, 1).score());
		}
	}

	@Test
	@Timeout(120)
	void aStopGivenWhileSolvingEndsTheRunWithTheBestFoundSoFar() throws Exception {
		StopSignal stop = new StopSignal();
		CountDownLatch firstBest = new CountDownLatch(1);
		CompletableFuture<SolveResult> solving = CompletableFuture.supplyAsync(() -> ScheduleSolver.solve(twelveTalks(),
				Termination.seconds(600), 3, 2, (seed, score, spent) -> firstBest.countDown(), stop));

		firstBest.await();
		stop.stop();

		SolveResult result = solving.get();
		assertThat(result.placements()).hasSize(12).allSatisfy(line -> assertThat(line.block()).isNotNull());
		assertThat(result.score()).isEqualTo(ScheduleSolver.report(twelveTalks(), result.placements()).score());
	}

	@Test
	@Timeout(120)
	void aStopGivenBeforeSolvingStartsEndsTheRunAtItsFirstCompleteSolution() {
		StopSignal stop = new StopSignal();
		stop.stop();

		SolveResult result = ScheduleSolver.solve(twelveTalks(), Termination.seconds(600), 3, 1, SolveProgress.SILENT,
				stop);

		assertThat(result.placements()).hasSize(12).allSatisfy(line -> assertThat(line.block()).isNotNull());
	}

	@Test
	void aTimeLimitShorterThanTheConstructionStillGivesEveryTalkAPlace() {
		SolveResult result = ScheduleSolver.solve(ProblemGenerator.generate(ProblemGenerator.Preset.MEDIUM, 3),
				Termination.seconds(1), 1, 1);

		assertThat(result.placements()).allSatisfy(line -> assertThat(line.block()).isNotNull());
	}

	@Test
	void progressHearsEachNewBestScoreOfEverySolverEndingWithTheResult() {
		List<String> heard = Collections.synchronizedList(new ArrayList<>());

		SolveResult result = ScheduleSolver.solve(twelveTalks(), Termination.steps(20), 5, 2,
				(seed, score, spent) -> heard.add(seed + " " + score));

		assertThat(heard).anyMatch(line -> line.startsWith("5 ")).anyMatch(line -> line.startsWith("6 "));
		assertThat(heard).contains(result.seed() + " " + result.score());
	}

	@Test
	void aWeightMultipliesTheCountOnTheLevelItNames() {
		// dave attends a1 and b1, parallel in one slot -> 2 attendee clashes; weight 3,
		// made hard -> -6 hard
		SchedulingProblem problem = weighted(attendeeClash(),
				Map.of(ScheduleConstraint.ATTENDEE_CLASH, new Weight(ConflictLevel.HARD, 3)));

		ScheduleReport report = ScheduleSolver.report(problem,
				List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(report.constraint(ScheduleConstraint.ATTENDEE_CLASH))
			.isEqualTo(new ConstraintReport(ScheduleConstraint.ATTENDEE_CLASH.title(), ConflictLevel.HARD, 3, 2));
		assertThat(report.score().hardScore()).isEqualTo(-6);
		assertThat(report.score().softScore()).isZero();
		assertThat(report.hardViolations()).extracting(ConstraintReport::name)
			.containsExactly(ScheduleConstraint.ATTENDEE_CLASH.title());
	}

	@Test
	void aWeightOfZeroSwitchesTheConstraintOff() {
		SchedulingProblem problem = weighted(attendeeClash(),
				Map.of(ScheduleConstraint.ATTENDEE_CLASH, new Weight(ConflictLevel.SOFT, 0)));

		ScheduleReport report = ScheduleSolver.report(problem,
				List.of(at("a1", "b1", "r1", 0), at("b1", "b1", "r2", 0)));

		assertThat(report.constraint(ScheduleConstraint.ATTENDEE_CLASH).penalties()).isZero();
		assertThat(report.score().softScore()).isZero();
	}

	private static SchedulingProblem attendeeClash() {
		return problem(List.of(block("b1", 1, 1)), List.of(room("r1"), room("r2")), List.of(track("A"), track("B")),
				List.of(talk("a1", "A", 1, List.of(), List.of("dave")),
						talk("b1", "B", 1, List.of(), List.of("dave"))));
	}

	/**
	 * Four tracks of three talks over three blocks of two slots in three rooms, sharing
	 * people.
	 */
	private static SchedulingProblem twelveTalks() {
		List<Talk> talks = new ArrayList<>();
		for (String track : List.of("A", "B", "C", "D")) {
			for (int index = 1; index <= 3; index++) {
				talks.add(talk(track + index, track, 1, List.of("speaker" + (index + track.charAt(0)) % 5),
						List.of("fan" + index)));
			}
		}
		return problem(List.of(block("b1", 1, 2), block("b2", 2, 2), block("b3", 3, 2)),
				List.of(room("r1"), room("r2"), room("r3")),
				List.of(track("A", List.of("lead1"), List.of("key1")), track("B", List.of("lead1"), List.of()),
						track("C", List.of("lead2"), List.of("key1")), track("D", List.of("lead2"), List.of())),
				talks);
	}

}
