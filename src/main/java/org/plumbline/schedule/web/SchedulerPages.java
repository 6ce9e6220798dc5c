package org.plumbline.schedule.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.EventDays;
import org.plumbline.schedule.Proposal;
import org.plumbline.schedule.ProposalOutdatedException;
import org.plumbline.schedule.SchedulingProposals;
import org.plumbline.schedule.SchedulingRuns;
import org.plumbline.schedule.SolutionOfOtherDaysException;
import org.plumbline.schedule.instance.InstanceFileException;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.web.DraftGrid.ConflictLine;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.validation.FormVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' scheduling page (issue 12, points 3 and 4): what the scheduler reads of
 * the event, the event's problem as an instance file to solve elsewhere, and a solution
 * file read back as a proposal shown against the draft, which the organiser applies or
 * discards. Anyone who does not organise the event is told the pages do not exist.
 */
@Controller
class SchedulerPages {

	private final Rights rights;

	private final SchedulingProposals proposals;

	private final DraftTimetables drafts;

	private final SchedulingRuns runs;

	SchedulerPages(Rights rights, SchedulingProposals proposals, DraftTimetables drafts, SchedulingRuns runs) {
		this.rights = rights;
		this.proposals = proposals;
		this.drafts = drafts;
		this.runs = runs;
	}

	@GetMapping("/manage/{event}/schedule/scheduler")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		model.addAttribute("event", event);
		model.addAttribute("days", EventDays.of(event).dates());
		model.addAttribute("runs", runs.ofEvent(event));
		model.addAttribute("suggestedSeed", ThreadLocalRandom.current().nextLong(1, 1_000_000));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		return "schedule/scheduler";
	}

	@GetMapping("/manage/{event}/schedule/scheduler/instance.json")
	ResponseEntity<byte[]> instance(@PathVariable("event") String slug,
			@RequestParam(name = "day", required = false) String day, @AuthenticationPrincipal SignedInAccount me) {
		Event event = organised(slug, me);
		LocalDate only = day(event, day);
		byte[] file = proposals.problemFile(me.id(), event, only).instanceJson();
		String name = event.slug() + (only == null ? "" : "-" + only) + "-scheduling-instance.json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file);
	}

	/**
	 * A solution file, read against the draft as it is now: shown as a proposal, or the
	 * scheduling page again with what is wrong with the file.
	 */
	@PostMapping("/manage/{event}/schedule/scheduler/solution")
	String solution(@PathVariable("event") String slug, @RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "solution", required = false) MultipartFile file,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		LocalDate only = day(event, day);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose the solution file to read.");
			return "redirect:" + page(event);
		}
		String solution = text(file);
		int version = drafts.draft(event.id()).version();
		try {
			Proposal proposal = proposals.proposal(me.id(), event, only, version,
					SchedulingFiles.readSolution(solution.getBytes(StandardCharsets.UTF_8)));
			return proposalPage(event, proposal, solution, csrf, model);
		}
		catch (InstanceFileException | InvalidProblemException | ProposalOutdatedException
				| SolutionOfOtherDaysException unusable) {
			redirect.addFlashAttribute("problem", whyUnusable(unusable) + " Nothing was changed.");
			return "redirect:" + page(event);
		}
	}

	@PostMapping("/manage/{event}/schedule/scheduler/apply")
	String apply(@PathVariable("event") String slug, @RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "solution", required = false) String solution,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		LocalDate only = day(event, day);
		int seen = FormVersions.required(version);
		List<TalkPlacement> placements;
		try {
			placements = SchedulingFiles
				.readSolution((solution == null ? "" : solution).getBytes(StandardCharsets.UTF_8));
		}
		catch (InstanceFileException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, malformed.getMessage());
		}
		try {
			return ScheduleForms.change("/manage/" + event.slug() + "/schedule", redirect,
					() -> proposals.apply(me.id(), event, only, seen, placements));
		}
		catch (InvalidProblemException | ProposalOutdatedException | SolutionOfOtherDaysException unusable) {
			redirect.addFlashAttribute("problem", whyUnusable(unusable) + " Nothing was changed.");
			return "redirect:" + page(event);
		}
	}

	/**
	 * Why a solution cannot be shown or applied, in sentences: the file reader's and the
	 * solver's words are a clause naming the item at fault, the proposals' are sentences
	 * of their own.
	 */
	static String whyUnusable(RuntimeException unusable) {
		if (unusable instanceof InstanceFileException || unusable instanceof InvalidProblemException) {
			String clause = unusable.getMessage();
			return "The solution cannot be read against the draft: " + clause + (clause.endsWith(".") ? "" : ".");
		}
		return unusable.getMessage();
	}

	static String proposalPage(Event event, Proposal proposal, String solution, CsrfToken csrf, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("proposal", proposal);
		model.addAttribute("conflicts", ConflictLine.of(proposal.conflicts(), Set.copyOf(proposal.introduced())));
		model.addAttribute("solution", solution);
		model.addAttribute("csrf", csrf);
		return "schedule/proposal";
	}

	private static String text(MultipartFile file) {
		try {
			return new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the solution file could not be read");
		}
	}

	/**
	 * One of the event's days, or {@code null} for all of them; anything else is a 400.
	 */
	static LocalDate day(Event event, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day must be a date such as 2027-10-29");
		}
		if (!EventDays.of(event).contain(day)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day must be one of the event's days");
		}
		return day;
	}

	private static String page(Event event) {
		return "/manage/" + event.slug() + "/schedule/scheduler";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
