package org.plumbline.schedule.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.Proposal;
import org.plumbline.schedule.ProposalOutdatedException;
import org.plumbline.schedule.RunRequest;
import org.plumbline.schedule.SchedulingProposals;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.TimetableNotFoundException;
import org.plumbline.schedule.TimetableRefusedException;
import org.plumbline.schedule.solver.ConstraintReport;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.web.DraftGrid.ConflictLine;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A solver run's page (issue 12, point 3): what it solves, a progress bar and the best
 * score over time, pushed as Server-Sent Events that any instance serves from the
 * database; a Stop button; and once it ended, its state in words and its report. A
 * refresh shows the same without script. Organisers only; everyone else gets 404.
 */
@Controller
class SchedulingRunPages {

	private final Rights rights;

	private final SchedulingRuns runs;

	private final RunProgressStreams streams;

	private final SchedulingProposals proposals;

	SchedulingRunPages(Rights rights, SchedulingRuns runs, RunProgressStreams streams, SchedulingProposals proposals) {
		this.rights = rights;
		this.runs = runs;
		this.streams = streams;
		this.proposals = proposals;
	}

	/**
	 * Starts a run on the draft (or one day of it) and opens its page; a form with values
	 * out of range, or a run already going, is told on the scheduling page.
	 */
	@PostMapping("/manage/{event}/schedule/runs")
	String start(@PathVariable("event") String slug, @RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "seed", required = false) String seed,
			@RequestParam(name = "seconds", required = false) String seconds,
			@RequestParam(name = "threads", required = false) String threads,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			SchedulingRun run = proposals.startRun(me.id(), event, RunRequest.read(event, day, seed, seconds, threads));
			return "redirect:/manage/" + slug + "/schedule/runs/" + run.id();
		}
		catch (InvalidFields invalid) {
			redirect.addFlashAttribute("problem",
					"The run was not started: " + String.join(" ", invalid.messages().values()));
		}
		catch (TimetableRefusedException | InvalidProblemException refused) {
			redirect.addFlashAttribute("problem", "The run was not started: " + refused.getMessage());
		}
		return "redirect:/manage/" + slug + "/schedule/scheduler";
	}

	/** Applies the run's proposal to the draft in one change, and opens the grid. */
	@PostMapping("/manage/{event}/schedule/runs/{run}/apply")
	String apply(@PathVariable("event") String slug, @PathVariable("run") long runId,
			@RequestParam(name = "version", required = false) String version,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		SchedulingRun run = runs.find(event, runId).orElseThrow(SchedulingRunPages::notFound);
		try {
			return ScheduleForms.change("/manage/" + slug + "/schedule", redirect,
					() -> proposals.applyRun(me.id(), event, run, seen));
		}
		catch (ProposalOutdatedException | InvalidProblemException unusable) {
			redirect.addFlashAttribute("notice", SchedulerPages.whyUnusable(unusable) + " Nothing was changed.");
			return "redirect:/manage/" + slug + "/schedule/runs/" + runId;
		}
	}

	/** Discards the run's proposal: the draft stays as it is. */
	@PostMapping("/manage/{event}/schedule/runs/{run}/discard")
	String discard(@PathVariable("event") String slug, @PathVariable("run") long runId,
			@RequestParam(name = "version", required = false) String version,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			runs.markDiscarded(me.id(), event, runId, seen);
			redirect.addFlashAttribute("notice",
					"Discarded the proposal of run " + runId + ": the draft is unchanged.");
		}
		catch (TimetableRefusedException | OptimisticLockingFailureException refused) {
			redirect.addFlashAttribute("notice", refused.getMessage());
		}
		catch (TimetableNotFoundException notTheirs) {
			throw notFound();
		}
		return "redirect:/manage/" + slug + "/schedule/runs/" + runId;
	}

	@GetMapping("/manage/{event}/schedule/runs/{run}")
	String page(@PathVariable("event") String slug, @PathVariable("run") long runId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		SchedulingRun run = runs.find(event, runId).orElseThrow(SchedulingRunPages::notFound);
		model.addAttribute("event", event);
		model.addAttribute("run", run);
		model.addAttribute("points", runs.progress(event, runId, -1));
		model.addAttribute("report",
				runs.report(event, runId).map(report -> hardViolationsFirst(report.constraints())).orElse(null));
		model.addAttribute("bestScore", run.bestScore());
		Proposal proposal = null;
		String proposalProblem = null;
		try {
			proposal = proposals.proposalOfRun(me.id(), event, run).orElse(null);
		}
		catch (ProposalOutdatedException | InvalidProblemException unusable) {
			proposalProblem = SchedulerPages.whyUnusable(unusable);
		}
		model.addAttribute("proposal", proposal);
		model.addAttribute("conflicts", proposal == null ? List.of()
				: ConflictLine.of(proposal.conflicts(), Set.copyOf(proposal.introduced())));
		model.addAttribute("proposalProblem", proposalProblem);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("csrf", csrf);
		return "schedule/run";
	}

	/**
	 * The run's new points and state, every second until it ends, read from the database
	 * whichever instance runs it.
	 * @param after the last point the page has ({@code -1} for none); a reconnecting
	 * browser's {@code Last-Event-ID} takes its place
	 */
	@GetMapping("/manage/{event}/schedule/runs/{run}/progress")
	SseEmitter progress(@PathVariable("event") String slug, @PathVariable("run") long runId,
			@RequestParam(name = "after", defaultValue = "-1") int after,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		runs.find(event, runId).orElseThrow(SchedulingRunPages::notFound);
		return streams.open(event, runId, lastEventId == null ? after : position(lastEventId, after));
	}

	@PostMapping("/manage/{event}/schedule/runs/{run}/stop")
	String stop(@PathVariable("event") String slug, @PathVariable("run") long runId,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			redirect.addFlashAttribute("notice",
					runs.requestStop(me.id(), event, runId)
							? "Asked the run to stop; it keeps the best timetable found so far."
							: "The run had already ended.");
		}
		catch (TimetableNotFoundException notTheirs) {
			throw notFound();
		}
		return "redirect:/manage/" + slug + "/schedule/runs/" + runId;
	}

	/** The report's lines with the hard constraints that are broken first. */
	static List<ConstraintReport> hardViolationsFirst(List<ConstraintReport> lines) {
		return lines.stream()
			.sorted(Comparator
				.comparing((ConstraintReport line) -> !(line.level() == ConflictLevel.HARD && line.penalties() > 0)))
			.toList();
	}

	private static int position(String lastEventId, int fallback) {
		try {
			return Integer.parseInt(lastEventId.strip());
		}
		catch (NumberFormatException notOurs) {
			return fallback;
		}
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id()).orElseThrow(SchedulingRunPages::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
