package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.Proposal.ProposedChange;
import org.plumbline.schedule.SchedulingProposals.ProblemFile;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.PersonBlock;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.Similarity;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.TablePenalty;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.schedule.solver.Termination;
import org.plumbline.schedule.solver.Track;
import org.plumbline.schedule.solver.Weight;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, points 3, 4 and 7: the event's draft goes out as an instance file and a
 * solution of it comes back as a proposal against the draft, which applies in one change.
 * The fixture's two MCs share the key attendee Kim Key, so a good proposal keeps them
 * apart. {@link SchedulingProposalsPostgresTest} runs the same on PostgreSQL.
 */
class SchedulingProposalsTest extends EditorWebTest {

	static final LocalDate SECOND_DAY = ScheduleFixture.FIRST_DAY.plusDays(1);

	static final String SOLVE_AGAIN = "Its problem was read from an older draft: export the problem again and "
			+ "solve that, or start a new run.";

	@Autowired
	SchedulingProposals proposals;

	@Autowired
	DraftEditor editor;

	@Autowired
	Unavailabilities unavailabilities;

	@Autowired
	McTimePreferences preferences;

	@Autowired
	SchedulerWeights weights;

	@Autowired
	InterestMarks interest;

	@Test
	void theEventsProblemOffersEveryBlockInTwoHalvesAndEachUnplacedMcAsOneItemFillingABlock() {
		SchedulingProblem problem = problemOf(null);

		assertThat(problem.blocks()).hasSize(8).allSatisfy(block -> assertThat(block.slots()).isEqualTo(2));
		assertThat(problem.blocks().get(0).id()).isEqualTo("2027-10-29 10:00");
		assertThat(problem.rooms()).extracting(room -> room.id() + " " + room.capacity())
			.containsExactly("Hall A 100", "Hall B 40");
		assertThat(problem.tracks()).extracting(Track::id).containsExactly("mc-kernel", "mc-tools");
		Track kernel = problem.tracks().get(0);
		assertThat(kernel.chairs()).containsExactly("person-" + fixture.mc("kernel").leads().get(0).personId());
		assertThat(kernel.keyAttendees())
			.containsExactly("person-" + fixture.mc("kernel").keyAttendees().get(0).personId());
		assertThat(problem.talks()).extracting(talk -> talk.id() + " " + talk.track() + " " + talk.slots())
			.containsExactly("mc-kernel mc-kernel 2", "mc-tools mc-tools 2");
	}

	@Test
	void speakersOfAnMcsAcceptedTalksPresentInItsSessionAndPeoplesUnavailabilityCoversTheSlotsItOverlaps() {
		fixture.topic("kernel", "Scheduler latency", TopicState.ACCEPTED, 30, speakerA);
		fixture.topic("kernel", "Not decided yet", TopicState.SUBMITTED, 30, speakerB);
		long lena = fixture.mc("kernel").leads().get(0).personId();
		long kim = fixture.mc("kernel").keyAttendees().get(0).personId();
		unavailabilities.add(fixture.event(), organiserId,
				new UnavailabilityInput("person-" + lena, "2027-10-29T09:00", "2027-10-29T14:00", "Flight"));
		unavailabilities.add(fixture.event(), organiserId,
				new UnavailabilityInput("person-" + kim, "2027-10-29T15:00", "2027-10-29T16:00", "Dentist"));
		unavailabilities.add(fixture.event(), organiserId,
				new UnavailabilityInput("person-" + kim, "2027-10-30T11:40", "2027-10-30T11:50", "Call"));

		SchedulingProblem problem = problemOf(null);

		assertThat(problem.talks().get(0).presenters()).containsExactly("person-" + speakerA);
		assertThat(problem.penalties().personBlocks()).as("the morning, the afternoon's first half, and a break")
			.containsExactly(new PersonBlock("person-" + lena, "2027-10-29 10:00"),
					new PersonBlock("person-" + kim, "2027-10-29 15:00", List.of(0)),
					new PersonBlock("person-" + kim, "2027-10-30 10:00"));
		assertThat(problem.penalties().talkBlocks()).as("unavailability is no block preference").isEmpty();
	}

	@Test
	void theSolverKeepsAnMcFromTheBlocksItsLeadIsAwayAndTheTimetableAgreesWhereItIsPlacedThere() {
		long lena = fixture.mc("kernel").leads().get(0).personId();
		unavailabilities.add(fixture.event(), organiserId,
				new UnavailabilityInput("person-" + lena, "2027-10-29T09:00", "2027-11-01T14:00", "Travelling"));
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);
		List<TalkPlacement> leadAway = List.of(new TalkPlacement("mc-kernel", "2027-10-29 10:00", "Hall A", 0),
				new TalkPlacement("mc-tools", "2027-10-29 15:00", "Hall A", 0));

		Proposal solved = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution);
		Proposal placedWhileAway = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(),
				leadAway);

		assertThat(solution).filteredOn(placement -> placement.talk().equals("mc-kernel"))
			.singleElement()
			.satisfies(placement -> assertThat(placement.block()).as("the one block Lena is there")
				.isEqualTo("2027-11-01 15:00"));
		assertThat(solved.conflicts()).isEmpty();
		assertThat(solved.report().score().hardScore()).isZero();
		assertThat(placedWhileAway.report().constraint(ScheduleConstraint.PERSON_UNAVAILABLE).penalties()).isEqualTo(1);
		assertThat(placedWhileAway.report().hardViolations()).extracting(line -> line.name())
			.containsExactly(ScheduleConstraint.PERSON_UNAVAILABLE.title());
		assertThat(placedWhileAway.conflicts()).extracting(PolicedConflict::kind)
			.containsExactly(ConflictKind.UNAVAILABLE);
	}

	@Test
	void leadsPreferredTimesAndTheEventsWeightsGoIntoTheProblem() {
		long kernel = fixture.mc("kernel").id();
		long firstMorning = fixture.block("2027-10-29T10:00").id();
		long firstAfternoon = fixture.block("2027-10-29T15:00").id();
		preferences.set(organiserId, fixture.event(), kernel,
				Map.of(firstMorning, TimePreference.PREFERRED, firstAfternoon, TimePreference.AVOIDED),
				preferences.version(kernel));
		Map<ScheduleConstraint, WeightInput> typed = new EnumMap<>(ScheduleConstraint.class);
		for (ScheduleConstraint constraint : ScheduleConstraint.values()) {
			Weight weight = constraint == ScheduleConstraint.TRACK_BLOCK ? new Weight(ConflictLevel.MEDIUM, 5)
					: constraint.defaultWeight();
			typed.put(constraint, new WeightInput(weight.level().name(), Long.toString(weight.weight())));
		}
		weights.save(organiserId, fixture.event(), typed, weights.version(fixture.event().id()));

		SchedulingProblem problem = problemOf(null);

		assertThat(problem.penalties().trackBlocks()).hasSize(7)
			.contains(new TablePenalty("mc-kernel", "2027-10-29 15:00", EventPenalties.AVOIDED),
					new TablePenalty("mc-kernel", "2027-10-30 10:00", EventPenalties.NOT_PREFERRED))
			.noneMatch(penalty -> penalty.target().equals("2027-10-29 10:00"));
		assertThat(problem.weights()).containsEntry(ScheduleConstraint.TRACK_BLOCK,
				new Weight(ConflictLevel.MEDIUM, 5));
	}

	@Test
	void twoMcsAreAsSimilarAsTheNumberOfPeopleWhoMarkedBothInteresting() {
		long kernel = fixture.mc("kernel").id();
		long tools = fixture.mc("tools").id();
		for (int visitor = 0; visitor < 4; visitor++) {
			interest.mark(fixture.event().id(), InterestMarker.visitor("visitor-" + visitor),
					InterestSubject.microconference(kernel));
			if (visitor > 0) {
				interest.mark(fixture.event().id(), InterestMarker.visitor("visitor-" + visitor),
						InterestSubject.microconference(tools));
			}
		}

		assertThat(problemOf(null).penalties().similarities())
			.containsExactly(new Similarity("mc-kernel", "mc-tools", 3));
	}

	@Test
	void mcsWithNoAudienceInCommonAreNotSimilar() {
		interest.mark(fixture.event().id(), InterestMarker.visitor("visitor-1"),
				InterestSubject.microconference(fixture.mc("kernel").id()));
		interest.mark(fixture.event().id(), InterestMarker.visitor("visitor-2"),
				InterestSubject.microconference(fixture.mc("tools").id()));

		assertThat(problemOf(null).penalties().similarities()).isEmpty();
	}

	@Test
	void aSolvedProblemComesBackAsAProposalThatKeepsTheMcsOfOneKeyAttendeeApartAndApplies() {
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);

		Proposal proposal = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution);

		assertThat(proposal.changes()).extracting(ProposedChange::title)
			.containsExactlyInAnyOrder("Kernel MC", "Tools MC");
		assertThat(proposal.changes()).allSatisfy(change -> assertThat(change.from()).isEqualTo("not placed"));
		assertThat(proposal.conflicts()).isEmpty();
		assertThat(proposal.refusal()).isNull();
		assertThat(proposal.report().score().mediumScore()).isZero();
		assertThat(sessions()).as("a proposal changes nothing until applied").isEmpty();

		DraftChange applied = proposals.apply(organiserId, fixture.event(), null, file.draftVersion(), solution);

		assertThat(applied.done()).isEqualTo("The scheduler's proposal is applied: 0 moved, 2 placed.");
		assertThat(applied.conflicts()).isEmpty();
		assertThat(sessions()).hasSize(2);
		assertThat(sessions().get(0).endsAt()).isBeforeOrEqualTo(sessions().get(1).startsAt());
	}

	@Test
	void aPinnedSessionStaysWhereItIsAndTheClashingOneMovesAway() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		editor.pin(organiserId, fixture.event(), Integer.parseInt(version()), kernel, true);
		TimetableSession pinned = session(kernel);
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);

		proposals.apply(organiserId, fixture.event(), null, file.draftVersion(), solve(file));

		assertThat(session(kernel).startsAt()).isEqualTo(pinned.startsAt());
		assertThat(session(kernel).roomId()).isEqualTo(pinned.roomId());
		assertThat(session(tools).startsAt()).isNotEqualTo(pinned.startsAt());
		assertThat(editor.conflicts(fixture.event())).isEmpty();
	}

	@Test
	void aProposalMovesOnlyWhatItMustSoTheOrganiserReadsAShortDiff() {
		fixture.placeMc("kernel", "Hall B", "2027-11-01T15:00");
		fixture.placeMc("tools", "Hall A", "2027-11-01T15:00");
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);

		Proposal proposal = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solve(file));

		assertThat(proposal.changes()).as("Kim Key attends both: one of the two moves, the other stays").hasSize(1);
		assertThat(proposal.unchanged()).isEqualTo(1);
		assertThat(proposal.conflicts()).isEmpty();
	}

	@Test
	void aProposalIsReadWhileAnEditHoldsTheDraftsLockWhichThenCommits() throws Exception {
		fixture.placeMc("kernel", "Hall B", "2027-11-01T15:00");
		fixture.placeMc("tools", "Hall A", "2027-11-01T15:00");
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);
		Proposal unlocked = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution);

		Proposal whileLocked = whileAnEditHoldsTheDraftsLock(
				() -> proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution));

		assertThat(whileLocked).usingRecursiveComparison().isEqualTo(unlocked);
		assertThat(whileLocked.changes()).hasSize(1);
	}

	@Test
	void aRunOnOneDayOffersThatDaysBlocksOnlyAndLeavesTheOtherDaysAlone() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		TimetableSession firstDay = session(kernel);
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), SECOND_DAY);
		SchedulingProblem problem = SchedulingFiles.readInstance(file.instanceJson());
		assertThat(problem.blocks()).extracting(block -> block.id())
			.containsExactly("2027-10-30 10:00", "2027-10-30 15:00");
		assertThat(problem.talks()).extracting(Talk::track).containsExactly("mc-tools");

		proposals.apply(organiserId, fixture.event(), SECOND_DAY, file.draftVersion(),
				List.of(new TalkPlacement(problem.talks().get(0).id(), "2027-10-30 15:00", "Hall B", 0)));

		assertThat(session(kernel)).isEqualTo(firstDay);
		assertThat(session(tools).startsAt()).isEqualTo(ScheduleFixture.at("2027-10-30T15:00"));
		assertThat(session(tools).roomId()).isEqualTo(fixture.room("Hall B").id());
	}

	@Test
	void aSolutionOfADraftThatChangedSinceIsRefusedAsOutdatedAndNothingMoves() {
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);
		fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");

		assertThatThrownBy(() -> proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution))
			.isInstanceOf(ProposalOutdatedException.class)
			.hasMessageStartingWith("The draft timetable has changed since this problem was read");
		assertThatThrownBy(() -> proposals.apply(organiserId, fixture.event(), null, file.draftVersion(), solution))
			.isInstanceOf(ProposalOutdatedException.class);
		assertThat(sessions()).hasSize(1);
	}

	@Test
	void aSolutionNamingASessionTheDraftDoesNotHaveIsRefusedNamingIt() {
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = List.of(new TalkPlacement("mc-kernel", "2027-10-29 10:00", "Hall A", 0),
				new TalkPlacement("mc-tools", "2027-10-29 15:00", "Hall A", 0),
				new TalkPlacement("mc-nobody", "2027-10-30 10:00", "Hall A", 0));

		assertThatThrownBy(() -> proposals.apply(organiserId, fixture.event(), null, file.draftVersion(), solution))
			.isInstanceOf(ProposalOutdatedException.class)
			.hasMessage("The solution places an MC that the draft has placed or dropped since. " + SOLVE_AGAIN);
		assertThat(sessions()).isEmpty();
	}

	@Test
	void aSolutionPlacingAnMcThatWasPlacedSinceTheExportIsRefusedNamingItAndNothingMoves() {
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");
		TimetableSession placed = session(kernel);
		int now = Integer.parseInt(version());

		assertThatThrownBy(() -> proposals.proposal(organiserId, fixture.event(), null, now, solution))
			.isInstanceOf(ProposalOutdatedException.class)
			.hasMessage("The solution places an MC that the draft has placed or dropped since. " + SOLVE_AGAIN);
		assertThatThrownBy(() -> proposals.apply(organiserId, fixture.event(), null, now, solution))
			.isInstanceOf(ProposalOutdatedException.class);
		assertThat(sessions()).containsExactly(placed);
	}

	@Test
	void aSolutionPlacingASessionRemovedSinceTheExportIsRefusedInWordsNotByItsId() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);
		editor.removeSession(organiserId, fixture.event(), Integer.parseInt(version()), kernel);
		int now = Integer.parseInt(version());

		assertThatThrownBy(() -> proposals.proposal(organiserId, fixture.event(), null, now, solution))
			.isInstanceOf(ProposalOutdatedException.class)
			.hasMessage("The solution places a session the draft no longer has. " + SOLVE_AGAIN);
	}

	@Test
	void aWholeEventsSolutionUploadedForOneDayIsToldToChooseEveryDayAndNothingMoves() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		List<TimetableSession> before = sessions();
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
		List<TalkPlacement> solution = solve(file);

		String chooseEveryDay = "This solution covers other days than Saturday, 2027-10-30, the day chosen: "
				+ "choose “Every day” as the days it covers and upload it again.";
		assertThatThrownBy(
				() -> proposals.proposal(organiserId, fixture.event(), SECOND_DAY, file.draftVersion(), solution))
			.isInstanceOf(SolutionOfOtherDaysException.class)
			.hasMessage(chooseEveryDay);
		assertThatThrownBy(
				() -> proposals.apply(organiserId, fixture.event(), SECOND_DAY, file.draftVersion(), solution))
			.isInstanceOf(SolutionOfOtherDaysException.class)
			.hasMessage(chooseEveryDay);
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void oneDaysSolutionUploadedForEveryDayOrAnotherDayIsToldToChooseItsDay() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), SECOND_DAY);
		List<TalkPlacement> solution = solve(file);

		assertThatThrownBy(() -> proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution))
			.isInstanceOf(SolutionOfOtherDaysException.class)
			.hasMessage("This solution covers Saturday, 2027-10-30 only, not every day: "
					+ "choose “Saturday, 2027-10-30” as the days it covers and upload it again.");
		assertThatThrownBy(() -> proposals.proposal(organiserId, fixture.event(), ScheduleFixture.FIRST_DAY,
				file.draftVersion(), solution))
			.isInstanceOf(SolutionOfOtherDaysException.class)
			.hasMessage("This solution covers other days than Friday, 2027-10-29, the day chosen: "
					+ "choose “Saturday, 2027-10-30” as the days it covers and upload it again.");
		Proposal onItsDay = proposals.proposal(organiserId, fixture.event(), SECOND_DAY, file.draftVersion(), solution);
		assertThat(onItsDay.changes().size() + onItsDay.unchanged()).as("read on its own day, it is a proposal")
			.isEqualTo(1);
	}

	@Test
	void aDaysSolutionPlacingASessionMovedToAnotherDaySinceNamesItAndAsksForANewExport() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), ScheduleFixture.FIRST_DAY);
		List<TalkPlacement> solution = solve(file);
		editor.moveSession(organiserId, fixture.event(), Integer.parseInt(version()), kernel,
				fixture.room("Hall B").id(), fixture.block("2027-10-31T15:00").id(), BlockPart.WHOLE);
		int now = Integer.parseInt(version());

		assertThatThrownBy(
				() -> proposals.proposal(organiserId, fixture.event(), ScheduleFixture.FIRST_DAY, now, solution))
			.isInstanceOf(ProposalOutdatedException.class)
			.hasMessage("The solution places Kernel MC, which the draft has on another day than the one chosen. "
					+ SOLVE_AGAIN);
	}

	@Test
	void aSolutionMadeBeforeAnMcWasAcceptedIsRefusedNamingTheMcItLeavesOut() {
		long tools = fixture.mc("tools").id();
		jdbc.sql("UPDATE microconference SET status = 'PROPOSED' WHERE id = ?").param(tools).update();
		try {
			ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
			List<TalkPlacement> solution = solve(file);
			jdbc.sql("UPDATE microconference SET status = 'ACCEPTED' WHERE id = ?").param(tools).update();

			assertThatThrownBy(
					() -> proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution))
				.as("accepting an MC leaves the draft's version as it was")
				.isInstanceOf(ProposalOutdatedException.class)
				.hasMessage("The solution does not place Tools MC (\"mc-tools\"), which the draft has to place now. "
						+ SOLVE_AGAIN);
		}
		finally {
			jdbc.sql("UPDATE microconference SET status = 'ACCEPTED' WHERE id = ?").param(tools).update();
		}
	}

	@Test
	void aSolutionOfTheSameSessionsMovedSinceTheExportIsShownAgainstTheDraftAsItIsNow() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		List<TalkPlacement> solution = List.of(
				new TalkPlacement("session-" + session(kernel).guid(), "2027-10-29 10:00", "Hall A", 0),
				new TalkPlacement("session-" + session(tools).guid(), "2027-10-30 10:00", "Hall A", 0));
		editor.moveSession(organiserId, fixture.event(), Integer.parseInt(version()), tools,
				fixture.room("Hall B").id(), fixture.block("2027-10-31T15:00").id(), BlockPart.WHOLE);

		Proposal proposal = proposals.proposal(organiserId, fixture.event(), null, Integer.parseInt(version()),
				solution);

		assertThat(proposal.changes())
			.containsExactly(new ProposedChange("Tools MC", "Hall B, Sun 15:00–18:30", "Hall A, Sat 10:00–13:30"));
		assertThat(proposal.unchanged()).isEqualTo(1);
	}

	@Test
	void aHalfBlockSessionMovedToABlockWithoutABreakFillsThatBlockWhole() {
		TimeBlock noBreak = fixture.block("2027-11-01T15:00");
		jdbc.sql("UPDATE time_block SET break_starts_at = NULL, break_ends_at = NULL WHERE id = ?")
			.param(noBreak.id())
			.update();
		try {
			editor.placeMc(organiserId, fixture.event(), Integer.parseInt(version()), fixture.mc("kernel").id(),
					fixture.room("Hall A").id(), fixture.block("2027-10-29T10:00").id(), BlockPart.BEFORE_BREAK);
			TimetableSession half = sessions().get(0);
			ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);
			List<TalkPlacement> solution = List.of(
					new TalkPlacement("session-" + half.guid(), "2027-11-01 15:00", "Hall A", 0),
					new TalkPlacement("mc-tools", "2027-10-30 10:00", "Hall A", 0));

			Proposal proposal = proposals.proposal(organiserId, fixture.event(), null, file.draftVersion(), solution);
			proposals.apply(organiserId, fixture.event(), null, file.draftVersion(), solution);

			assertThat(proposal.changes()).extracting(ProposedChange::to).contains("Hall A, Mon 15:00–18:30");
			assertThat(session(half.id()).startsAt()).isEqualTo(noBreak.startsAt());
			assertThat(session(half.id()).endsAt()).isEqualTo(noBreak.endsAt());
		}
		finally {
			jdbc.sql("UPDATE time_block SET break_starts_at = ?, break_ends_at = ? WHERE id = ?")
				.params(noBreak.breakStartsAt().atOffset(ZoneOffset.UTC),
						noBreak.breakEndsAt().atOffset(ZoneOffset.UTC), noBreak.id())
				.update();
		}
	}

	@Test
	void aLeadMayNeitherReadTheProblemNorApplyAProposal() {
		ProblemFile file = proposals.problemFile(organiserId, fixture.event(), null);

		assertThatThrownBy(() -> proposals.problemFile(leadKernelId, fixture.event(), null))
			.isInstanceOf(TimetableNotFoundException.class);
		assertThatThrownBy(() -> proposals.apply(leadKernelId, fixture.event(), null, file.draftVersion(), solve(file)))
			.isInstanceOf(TimetableNotFoundException.class);
		assertThat(sessions()).isEmpty();
	}

	private SchedulingProblem problemOf(LocalDate day) {
		return SchedulingFiles.readInstance(proposals.problemFile(organiserId, fixture.event(), day).instanceJson());
	}

	/** Solves the file's problem and reads the solution back from its own file. */
	private static List<TalkPlacement> solve(ProblemFile file) {
		SolveResult result = ScheduleSolver.solve(SchedulingFiles.readInstance(file.instanceJson()),
				Termination.steps(50), 1, 1);
		return SchedulingFiles.readSolution(SchedulingFiles.writeSolution(result.placements()));
	}

	private TimetableSession session(long sessionId) {
		return sessions().stream().filter(session -> session.id() == sessionId).findFirst().orElseThrow();
	}

}
