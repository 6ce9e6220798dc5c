package org.plumbline.manage.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.PublicUrl;
import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallTimes;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.microconference.McCall;
import org.plumbline.microconference.McProposal;
import org.plumbline.microconference.McProposalDecisions;
import org.plumbline.microconference.McProposalRefusedException;
import org.plumbline.microconference.McProposalReview;
import org.plumbline.microconference.McProposalSummary;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.McStatus;
import org.plumbline.validation.FormErrors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' pages of the Call for Microconferences: the window, the proposals with
 * their reviews' count and mean, one proposal with every review, the organiser's own
 * review, the decision recorded quietly, and the announcement. For anyone but the event's
 * organisers they do not exist (404).
 */
@Controller
class ProposalReviewPages {

	private static final String LIST = "/manage/{event}/proposals";

	private static final String ONE = "/manage/{event}/proposals/{proposal}";

	private final Rights rights;

	private final McProposals proposals;

	private final McProposalDecisions decisions;

	private final PublicUrl publicUrl;

	ProposalReviewPages(Rights rights, McProposals proposals, McProposalDecisions decisions, PublicUrl publicUrl) {
		this.rights = rights;
		this.proposals = proposals;
		this.decisions = decisions;
		this.publicUrl = publicUrl;
	}

	@GetMapping(LIST)
	String list(@PathVariable("event") String slug, @RequestParam(name = "sort", required = false) String sort,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		Optional<McCall> call = proposals.call(event.id());
		Times times = new Times(event.timeZone());
		return listPage(event, me, sort, windowField(call.map(McCall::opensAt).orElse(null), event),
				windowField(call.map(McCall::closesAt).orElse(null), event), call.map(McCall::version).orElse(0),
				FormErrors.NONE, csrf, model, times);
	}

	@PostMapping(LIST + "/window")
	String saveWindow(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam Map<String, String> fields, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		String opens = fields.getOrDefault("opensAt", "");
		String closes = fields.getOrDefault("closesAt", "");
		int version = FormVersions.required(fields.get("version"));
		Times times = new Times(event.timeZone());
		Instant opensAt = instant(opens, event);
		Instant closesAt = instant(closes, event);
		try {
			if ((!opens.isBlank() && opensAt == null) || (!closes.isBlank() && closesAt == null)) {
				throw new InvalidFields(Map.of(opensAt == null ? "opensAt" : "closesAt",
						"Enter a date and time such as 2027-03-01 18:00."));
			}
			decisions.saveCall(event, opensAt, closesAt, version, me.id());
		}
		catch (InvalidFields invalid) {
			return listPage(event, me, null, opens, closes, version, FormErrors.of(invalid), csrf, model, times);
		}
		catch (OptimisticLockingFailureException stale) {
			int current = proposals.call(event.id()).map(McCall::version).orElse(0);
			return listPage(event, me, null, opens, closes, current,
					FormErrors.form(stale.getMessage() + " Your dates are kept below: save again to replace them."),
					csrf, model, times);
		}
		redirect.addFlashAttribute("notice", "The call's dates are saved.");
		return "redirect:/manage/" + event.slug() + "/proposals";
	}

	@PostMapping(LIST + "/announce")
	String announceAll(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int announced = decisions.announce(event, null, me.id(), publicUrl.of(""));
		redirect.addFlashAttribute("notice", announced == 0 ? "No decision was waiting to be announced."
				: "Announced " + announced + (announced == 1 ? " decision" : " decisions") + "; the leads are mailed.");
		return "redirect:/manage/" + event.slug() + "/proposals";
	}

	@GetMapping(ONE)
	String one(@PathVariable("event") String slug, @PathVariable("proposal") long id,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		McProposal proposal = proposal(event, id, me);
		Optional<McProposalReview> mine = myReview(id, me);
		return proposalPage(event, proposal, mine.map(review -> Integer.toString(review.score())).orElse(""),
				mine.map(McProposalReview::comment).orElse(""),
				mine.map(review -> Integer.toString(review.version())).orElse(""), FormErrors.NONE, FormErrors.NONE,
				csrf, model);
	}

	@PostMapping(ONE + "/review")
	String review(@PathVariable("event") String slug, @PathVariable("proposal") long id,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> fields, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		McProposal proposal = proposal(event, id, me);
		String version = fields.getOrDefault("version", "");
		String score = fields.get("score");
		String comment = fields.get("comment");
		try {
			decisions.review(event.id(), id, me.id(), me.displayName(), score, comment, FormVersions.optional(version));
		}
		catch (InvalidFields invalid) {
			return proposalPage(event, proposal, score, comment, version, FormErrors.of(invalid), FormErrors.NONE, csrf,
					model);
		}
		catch (OptimisticLockingFailureException stale) {
			String current = myReview(id, me).map(review -> Integer.toString(review.version())).orElse("");
			return proposalPage(event, proposal, score, comment, current,
					FormErrors.form(stale.getMessage() + " Yours is kept below: save again to replace it."),
					FormErrors.NONE, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Your review is saved.");
		return "redirect:/manage/" + event.slug() + "/proposals/" + id;
	}

	@PostMapping(ONE + "/decision")
	String decide(@PathVariable("event") String slug, @PathVariable("proposal") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "decision", required = false) String decision,
			@RequestParam(name = "decisionVersion", required = false) String decisionVersion, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		McProposal proposal = proposal(event, id, me);
		McStatus outcome = switch (decision == null ? "" : decision) {
			case "ACCEPTED" -> McStatus.ACCEPTED;
			case "REJECTED" -> McStatus.REJECTED;
			case "NONE" -> null;
			default ->
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision: ACCEPTED, REJECTED or NONE");
		};
		int version = FormVersions.required(decisionVersion);
		try {
			decisions.decide(event.id(), id, outcome, version, me.id());
		}
		catch (McProposalRefusedException refused) {
			return refusedPage(event, proposal, me, refused.getMessage(), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return refusedPage(event, proposal(event, id, me), me,
					stale.getMessage() + " Its decision is shown as it is now: decide again if you still mean to.",
					csrf, model);
		}
		redirect.addFlashAttribute("notice", outcome == null ? "The decision is cleared."
				: "Recorded quietly: nobody is told until you announce it.");
		return "redirect:/manage/" + event.slug() + "/proposals/" + id;
	}

	@PostMapping(ONE + "/announce")
	String announce(@PathVariable("event") String slug, @PathVariable("proposal") long id,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		proposal(event, id, me);
		int announced = decisions.announce(event, id, me.id(), publicUrl.of(""));
		redirect.addFlashAttribute("notice",
				announced == 0 ? "No decision was waiting to be announced." : "Announced; the leads are mailed.");
		return "redirect:/manage/" + event.slug() + "/proposals/" + id;
	}

	private String refusedPage(Event event, McProposal proposal, SignedInAccount me, String refusal, CsrfToken csrf,
			Model model) {
		Optional<McProposalReview> mine = myReview(proposal.id(), me);
		return proposalPage(event, proposal, mine.map(review -> Integer.toString(review.score())).orElse(""),
				mine.map(McProposalReview::comment).orElse(""),
				mine.map(review -> Integer.toString(review.version())).orElse(""), FormErrors.NONE,
				FormErrors.form(refusal), csrf, model);
	}

	private String listPage(Event event, SignedInAccount me, String sort, String opensAt, String closesAt, int version,
			FormErrors errors, CsrfToken csrf, Model model, Times times) {
		List<McProposalSummary> list = decisions.overview(event.id(), me.id()).stream().sorted(order(sort)).toList();
		model.addAttribute("event", event);
		model.addAttribute("call", proposals.call(event.id()).orElse(null));
		model.addAttribute("opensAt", opensAt);
		model.addAttribute("closesAt", closesAt);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("proposals", list);
		model.addAttribute("pending",
				list.stream().filter(p -> p.status() == McStatus.PROPOSED && p.pendingStatus() != null).count());
		model.addAttribute("times", times);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "manage/proposals";
	}

	private String proposalPage(Event event, McProposal proposal, String score, String comment, String version,
			FormErrors reviewErrors, FormErrors decisionErrors, CsrfToken csrf, Model model) {
		List<McProposalReview> reviews = decisions.reviews(proposal.id());
		model.addAttribute("event", event);
		model.addAttribute("proposal", proposal);
		model.addAttribute("reviews", reviews);
		model.addAttribute("mean",
				reviews.isEmpty() ? null : reviews.stream().mapToInt(McProposalReview::score).average().orElseThrow());
		model.addAttribute("score", score == null ? "" : score);
		model.addAttribute("comment", comment == null ? "" : comment);
		model.addAttribute("version", version);
		model.addAttribute("reviewErrors", reviewErrors);
		model.addAttribute("decisionErrors", decisionErrors);
		model.addAttribute("decisionVersion", decisions.decisionVersion(proposal.id()));
		model.addAttribute("times", new Times(event.timeZone()));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "manage/proposal";
	}

	/** Sorted by title, mean score (best first), review count (fewest first) or state. */
	private static Comparator<McProposalSummary> order(String sort) {
		Comparator<McProposalSummary> byTitle = Comparator.comparing(McProposalSummary::title,
				String.CASE_INSENSITIVE_ORDER);
		return switch (sort == null ? "" : sort) {
			case "mean" ->
				Comparator.comparing(McProposalSummary::meanScore, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(byTitle);
			case "count" -> Comparator.comparingInt(McProposalSummary::reviewCount).thenComparing(byTitle);
			case "state" -> Comparator.comparing(McProposalSummary::status).thenComparing(byTitle);
			default -> byTitle;
		};
	}

	private Optional<McProposalReview> myReview(long id, SignedInAccount me) {
		return decisions.reviews(id).stream().filter(review -> review.reviewerAccountId() == me.id()).findFirst();
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A proposal the organiser may see: not one they propose or would lead. */
	private McProposal proposal(Event event, long id, SignedInAccount me) {
		return decisions.find(event.id(), id, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String windowField(Instant instant, Event event) {
		return EventTimes.field(instant, event.timeZone());
	}

	/**
	 * A typed local date and time in the event's zone; {@code null} if blank or
	 * malformed.
	 */
	private static Instant instant(String typed, Event event) {
		return CallTimes.parsed(typed, event.timeZone()).orElse(null);
	}

}
