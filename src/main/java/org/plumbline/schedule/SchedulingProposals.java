package org.plumbline.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.event.TimeBlock;
import org.plumbline.schedule.EventProblem.Item;
import org.plumbline.schedule.EventProblem.SessionPlace;
import org.plumbline.schedule.Proposal.ProposedChange;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.solver.ScheduleReport;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.Talk;
import org.plumbline.schedule.solver.TalkPlacement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler and the draft timetable meet here (issue 12): an event's draft goes out
 * as a problem (an instance file), and a solution comes back as a proposal that an
 * organiser reads as a diff against the draft, with its conflicts in words, and applies
 * or discards.
 */
@Service
public class SchedulingProposals {

	private static final String SOLVE_AGAIN = "Its problem was read from an older draft: export the problem again "
			+ "and solve that, or start a new run.";

	private final EventProblems problems;

	private final DraftEditor editor;

	private final EditorRights rights;

	private final TransactionTemplate transactions;

	private final SchedulingRuns runs;

	SchedulingProposals(EventProblems problems, DraftEditor editor, EditorRights rights,
			TransactionTemplate transactions, SchedulingRuns runs) {
		this.problems = problems;
		this.editor = editor;
		this.rights = rights;
		this.transactions = transactions;
		this.runs = runs;
	}

	/**
	 * Starts a solver run on the event's draft, or on one day of it, as a background job
	 * ({@link SchedulingRuns}).
	 */
	@Transactional
	public SchedulingRun startRun(long actorAccountId, Event event, RunRequest request) {
		ProblemFile file = problemFile(actorAccountId, event, request.day());
		return runs.start(actorAccountId, event, request, new String(file.instanceJson(), StandardCharsets.UTF_8),
				file.draftVersion());
	}

	/**
	 * The proposal of a run's result, or empty while it has none.
	 * @throws ProposalOutdatedException if the draft changed since the run read it
	 */
	public Optional<Proposal> proposalOfRun(long actorAccountId, Event event, SchedulingRun run) {
		if (!run.hasResult() || !run.state().awaitsDecision()) {
			return Optional.empty();
		}
		return Optional
			.of(proposal(read(actorAccountId, event, run.day(), run.draftVersion(), solutionOf(event, run), false)));
	}

	/**
	 * Applies a run's result to the draft and marks it applied, both or neither.
	 * @throws ProposalOutdatedException if the draft changed since the run read it
	 * @throws OptimisticLockingFailureException if the run changed since the page showed
	 * it at {@code seenRunVersion}
	 */
	@Transactional
	public DraftChange applyRun(long actorAccountId, Event event, SchedulingRun run, int seenRunVersion) {
		DraftChange change = apply(
				read(actorAccountId, event, run.day(), run.draftVersion(), solutionOf(event, run), false));
		runs.markApplied(actorAccountId, event, run.id(), seenRunVersion);
		return change;
	}

	private List<TalkPlacement> solutionOf(Event event, SchedulingRun run) {
		String solution = runs.files(event, run.id())
			.map(RunFiles::solutionJson)
			.orElseThrow(() -> new TimetableRefusedException("This run has no result to apply."));
		return SchedulingFiles.readSolution(solution.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The event's problem, or one day's, as an instance file with the draft's version.
	 */
	// Not read-only: an event's draft is created at its first use, which may be here.
	@Transactional
	public ProblemFile problemFile(long actorAccountId, Event event, LocalDate day) {
		rights.requireOrganiser(actorAccountId, event);
		EventProblem problem = problems.of(event, day);
		return new ProblemFile(SchedulingFiles.writeInstance(problem.problem()), problem.draftVersion());
	}

	/**
	 * A solution of the problem read at {@code draftVersion}, as the changes it would
	 * make and the conflicts the draft would then have (worked out in memory with the
	 * checks applying makes, so they are what applying gives, without taking the draft's
	 * lock: see {@link DraftEditor#previewProposal}).
	 * @throws ProposalOutdatedException if the draft changed since that version, or its
	 * sessions to place are not the solution's (the solution was made for an older draft)
	 * @throws SolutionOfOtherDaysException if the solution is of the problem of other
	 * days than {@code day}
	 * @throws InvalidProblemException if the solution does not fit the problem otherwise
	 * (a session placed twice, a pinned one moved, a place the problem does not have)
	 */
	public Proposal proposal(long actorAccountId, Event event, LocalDate day, int draftVersion,
			List<TalkPlacement> placements) {
		return proposal(read(actorAccountId, event, day, draftVersion, placements, true));
	}

	private Proposal proposal(Reading reading) {
		long actorAccountId = reading.actorAccountId();
		Event event = reading.event();
		int draftVersion = reading.problem().draftVersion();
		List<ProposedPlacement> proposed = proposedPlacements(reading);
		try {
			DraftChange after = editor.previewProposal(actorAccountId, event, draftVersion, proposed);
			return proposal(reading, proposed, after.conflicts(), after.introduced(), null);
		}
		catch (TimetableRefusedException ex) {
			return proposal(reading, proposed, List.of(), List.of(), ex.getMessage());
		}
	}

	/**
	 * Applies a solution of the problem read at {@code draftVersion} to the draft, in one
	 * change.
	 * @throws ProposalOutdatedException as {@link #proposal} does
	 * @throws SolutionOfOtherDaysException as {@link #proposal} does
	 * @throws InvalidProblemException as {@link #proposal} does
	 * @throws TimetableRefusedException if the event's policy forbids a conflict it
	 * brings in
	 */
	@Transactional
	public DraftChange apply(long actorAccountId, Event event, LocalDate day, int draftVersion,
			List<TalkPlacement> placements) {
		return apply(read(actorAccountId, event, day, draftVersion, placements, true));
	}

	private DraftChange apply(Reading reading) {
		return editor.applyProposal(reading.actorAccountId(), reading.event(), reading.problem().draftVersion(),
				proposedPlacements(reading));
	}

	/**
	 * @param uploaded whether the solution came in a file, which may be of other days
	 * than those chosen with it; a run's is of its own problem
	 */
	private Reading read(long actorAccountId, Event event, LocalDate day, int draftVersion,
			List<TalkPlacement> placements, boolean uploaded) {
		rights.requireOrganiser(actorAccountId, event);
		EventProblem problem = problemOf(event, day);
		if (problem.draftVersion() != draftVersion) {
			throw new ProposalOutdatedException();
		}
		requireSameItems(event, problem, placements, uploaded);
		ScheduleReport report = ScheduleSolver.report(problem.problem(), placements);
		return new Reading(actorAccountId, event, problem, placements, report);
	}

	private EventProblem problemOf(Event event, LocalDate day) {
		return transactions.execute(status -> problems.of(event, day));
	}

	/**
	 * A solution fits the draft as it is now only if both have the same sessions to
	 * place. An instance file carries neither the draft's version nor its days, so an
	 * uploaded solution is held against the draft as it is now, on the days chosen with
	 * it: one that solves the problem of other days is told so, naming the days to
	 * choose; one made before a session was placed or removed, or an MC accepted, is told
	 * as such, naming the item and asking for a new export, rather than as a malformed
	 * file. Placements changed since need no such check: the proposal is read against the
	 * draft as it is.
	 * @throws SolutionOfOtherDaysException if the solution solves the problem of other
	 * days than those chosen
	 * @throws ProposalOutdatedException naming the first item that differs: in the
	 * solution's order, then in the problem's
	 */
	private void requireSameItems(Event event, EventProblem problem, List<TalkPlacement> placements, boolean uploaded) {
		if (solves(problem, placements)) {
			return;
		}
		EventProblem wholeEvent = problem.day() == null || !uploaded ? problem : problemOf(event, null);
		if (uploaded) {
			requireChosenDays(event, problem, wholeEvent, placements);
		}
		for (TalkPlacement placement : placements) {
			if (!problem.items().containsKey(placement.talk())) {
				Item elsewhere = wholeEvent.items().get(placement.talk());
				throw new ProposalOutdatedException(
						"The solution places "
								+ (elsewhere == null ? unknownItem(placement.talk())
										: elsewhere.title()
												+ ", which the draft has on another day than the one chosen")
								+ ". " + SOLVE_AGAIN);
			}
		}
		Set<String> placed = placements.stream().map(TalkPlacement::talk).collect(Collectors.toSet());
		for (Talk talk : problem.problem().talks()) {
			if (!placed.contains(talk.id())) {
				throw new ProposalOutdatedException(
						"The solution does not place " + problem.items().get(talk.id()).title() + " (\"" + talk.id()
								+ "\"), which the draft has to place now. " + SOLVE_AGAIN);
			}
		}
	}

	/**
	 * Whether the solution places the problem's sessions, and only them, in its blocks.
	 */
	private static boolean solves(EventProblem problem, List<TalkPlacement> placements) {
		Set<String> placed = placements.stream().map(TalkPlacement::talk).collect(Collectors.toSet());
		return placed.equals(problem.items().keySet())
				&& placements.stream().allMatch(placement -> problem.blocks().containsKey(placement.block()));
	}

	/**
	 * @throws SolutionOfOtherDaysException if the solution solves the problem of the
	 * whole event or of one day, other than the one chosen
	 */
	private void requireChosenDays(Event event, EventProblem chosen, EventProblem wholeEvent,
			List<TalkPlacement> placements) {
		if (chosen.day() != null && solves(wholeEvent, placements)) {
			throw new SolutionOfOtherDaysException(chosen.day(), null);
		}
		for (LocalDate day : EventDays.of(event).dates()) {
			if (!day.equals(chosen.day()) && solves(problemOf(event, day), placements)) {
				throw new SolutionOfOtherDaysException(chosen.day(), day);
			}
		}
	}

	/**
	 * What can be said of an item the problem does not have: its id is all a solution
	 * carries, and the draft no longer has what it stood for.
	 */
	private static String unknownItem(String itemId) {
		return EventProblems.isUnplacedMcItem(itemId) ? "an MC that the draft has placed or dropped since"
				: "a session the draft no longer has";
	}

	/** Each session the solution puts elsewhere than it is, in its new place's order. */
	private static List<ProposedPlacement> proposedPlacements(Reading reading) {
		Map<String, Talk> talks = reading.problem()
			.problem()
			.talks()
			.stream()
			.collect(Collectors.toMap(Talk::id, Function.identity()));
		List<ProposedPlacement> proposed = new ArrayList<>();
		for (TalkPlacement placement : reading.placements()) {
			Item item = reading.problem().items().get(placement.talk());
			TimeBlock block = reading.problem().blocks().get(placement.block());
			BlockPart part = talks.get(placement.talk()).slots() >= EventProblems.slots(block) ? BlockPart.WHOLE
					: placement.firstSlot() == 0 ? BlockPart.BEFORE_BREAK : BlockPart.AFTER_BREAK;
			SessionPlace target = new SessionPlace(block, reading.problem().rooms().get(placement.room()), part);
			if (!target.equals(item.placedAt())) {
				proposed.add(new ProposedPlacement(item.sessionId(), item.microconferenceId(), target.room().id(),
						block.id(), part));
			}
		}
		proposed.sort(Comparator
			.comparing((ProposedPlacement placement) -> reading.problem().block(placement.timeBlockId()).startsAt())
			.thenComparing(ProposedPlacement::roomId));
		return proposed;
	}

	private static Proposal proposal(Reading reading, List<ProposedPlacement> proposed, List<PolicedConflict> conflicts,
			List<String> introduced, String refusal) {
		PlaceWords words = new PlaceWords(reading.event(), reading.problem());
		List<ProposedChange> changes = new ArrayList<>();
		for (ProposedPlacement placement : proposed) {
			Item item = reading.problem()
				.items()
				.values()
				.stream()
				.filter(candidate -> placement.sessionId() == null
						? candidate.sessionId() == null
								&& placement.microconferenceId().equals(candidate.microconferenceId())
						: placement.sessionId().equals(candidate.sessionId()))
				.findFirst()
				.orElseThrow();
			changes.add(new ProposedChange(item.title(),
					item.placedAt() == null ? "not placed" : words.of(item.placedAt()), words.of(placement)));
		}
		return new Proposal(reading.problem().day(), reading.problem().draftVersion(), changes,
				reading.placements().size() - proposed.size(), reading.report(), conflicts, introduced, refusal);
	}

	/** An instance file of an event's problem, and the draft version it was read from. */
	public record ProblemFile(byte[] instanceJson, int draftVersion) {
	}

	private record Reading(long actorAccountId, Event event, EventProblem problem, List<TalkPlacement> placements,
			ScheduleReport report) {
	}

}
