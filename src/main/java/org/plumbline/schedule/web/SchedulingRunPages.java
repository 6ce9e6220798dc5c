package org.plumbline.schedule.web;

import java.util.Comparator;
import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.SchedulingRun;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.TimetableNotFoundException;
import org.plumbline.schedule.solver.ConstraintReport;
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

	SchedulingRunPages(Rights rights, SchedulingRuns runs, RunProgressStreams streams) {
		this.rights = rights;
		this.runs = runs;
		this.streams = streams;
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
