package org.plumbline.review.web;

import java.util.List;
import java.util.Map;

import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.Announcement;
import org.plumbline.cfp.DecisionNotAllowedException;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.TopicRefusedException;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.review.DashboardQuery;
import org.plumbline.review.DeclaredConflicts;
import org.plumbline.review.Review;
import org.plumbline.review.ReviewRefusedException;
import org.plumbline.review.ReviewableCall;
import org.plumbline.review.Reviews;
import org.plumbline.review.TopicUnderReview;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
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
 * Reviewers' pages: the calls one reviews, a call's dashboard, and a topic with its
 * reviews and one's own, where one may declare a conflict of interest with it. A call one
 * does not review, and a topic one is conflicted with, do not exist for them (404).
 */
@Controller
class ReviewPages {

	static final String STALE_HINT = " Your score and comment are kept below: save again to replace that change, or "
			+ "reload the page to see it.";

	private final EventCatalog events;

	private final Reviews reviews;

	private final DeclaredConflicts declaredConflicts;

	ReviewPages(EventCatalog events, Reviews reviews, DeclaredConflicts declaredConflicts) {
		this.events = events;
		this.reviews = reviews;
		this.declaredConflicts = declaredConflicts;
	}

	@GetMapping("/review")
	String everyEvent(@AuthenticationPrincipal SignedInAccount me, Model model) {
		List<ReviewCallsPage> pages = events.listEvents()
			.stream()
			.map(event -> new ReviewCallsPage(event, reviews.callsFor(me.id(), event)))
			.filter(page -> !page.calls().isEmpty())
			.toList();
		model.addAttribute("pages", pages);
		return "review/everyEvent";
	}

	@GetMapping("/review/{event}")
	String calls(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, Model model) {
		Event event = event(slug);
		model.addAttribute("page", new ReviewCallsPage(event, reviews.callsFor(me.id(), event)));
		return "review/calls";
	}

	@GetMapping("/review/{event}/{call}")
	String dashboard(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "mine", required = false) String mine, @AuthenticationPrincipal SignedInAccount me,
			CsrfToken csrf, Model model) {
		Event event = event(slug);
		model.addAttribute("dashboard",
				reviews.dashboard(me.id(), event, callSlug, DashboardQuery.of(sort, state, mine))
					.orElseThrow(ReviewPages::notFound));
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		model.addAttribute("csrf", csrf);
		return "review/dashboard";
	}

	@GetMapping("/review/{event}/{call}/topics/{topic}")
	String topic(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		TopicUnderReview topic = topic(me, slug, callSlug, topicId);
		return topicPage(topic, ReviewForm.of(topic.mine()), FormErrors.NONE, "", csrf, model);
	}

	@PostMapping("/review/{event}/{call}/topics/{topic}")
	String save(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, ReviewForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		TopicUnderReview topic = topic(me, slug, callSlug, topicId);
		Integer version = FormVersions.optional(form.version());
		try {
			reviews.save(me.id(), topic.event(), callSlug, topicId, version, form.input());
		}
		catch (InvalidFields invalid) {
			return topicPage(topic, form, FormErrors.of(invalid), "", csrf, model);
		}
		catch (ReviewRefusedException refused) {
			return topicPage(topic, form, FormErrors.form(refused.getMessage()), "", csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			TopicUnderReview current = topic(me, slug, callSlug, topicId);
			return topicPage(current, form.withVersion(current.mine()),
					FormErrors.form(stale.getMessage() + STALE_HINT), "", csrf, model);
		}
		catch (IllegalArgumentException conflictedMeanwhile) {
			throw notFound();
		}
		redirect.addFlashAttribute("notice", "Your review is saved.");
		return "redirect:/review/" + slug + "/" + callSlug + "/topics/" + topicId;
	}

	/**
	 * Declares the signed-in reviewer conflicted with the topic, which they then no
	 * longer see: back to the call's dashboard.
	 */
	@PostMapping("/review/{event}/{call}/topics/{topic}/conflict")
	String declareConflict(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("topic") long topicId, @RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		String title;
		try {
			title = declaredConflicts.declare(me.id(), event, callSlug, topicId, reason).topicTitle();
		}
		catch (InvalidFields invalid) {
			TopicUnderReview topic = topic(me, slug, callSlug, topicId);
			return topicPage(topic, ReviewForm.of(topic.mine()), FormErrors.of(invalid), reason, csrf, model);
		}
		catch (DuplicateKeyException secondClick) {
			title = null;
		}
		catch (IllegalArgumentException notTheirs) {
			throw notFound();
		}
		redirect.addFlashAttribute("notice",
				"You declared a conflict of interest" + (title == null ? "" : " with \u201c" + title + "\u201d")
						+ ": the topic is hidden from you now, and only an organiser can lift the declaration.");
		return "redirect:/review/" + slug + "/" + callSlug;
	}

	/**
	 * Records one decision on the topics checked on the dashboard (or the one topic of a
	 * topic page), all or nothing. Each {@code topic} value is
	 * {@code id:version:decisionVersion}, as the page showed the topic.
	 */
	@PostMapping("/review/{event}/{call}/decisions")
	String decide(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@RequestParam(name = "topic", required = false) List<String> topics,
			@RequestParam(name = "decision", required = false) String decision,
			@RequestParam(name = "back", required = false) String back, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		Event event = event(slug);
		reviews.call(me.id(), event, callSlug).filter(ReviewableCall::mayDecide).orElseThrow(ReviewPages::notFound);
		Map<Long, DecisionVersions> versions = FormVersions.checked("topic", topics, DecisionVersions::new);
		TopicState outcome = decision(decision);
		String page = "/review/" + slug + "/" + callSlug;
		String returnTo = versions.size() == 1 && "topic".equals(back)
				? page + "/topics/" + versions.keySet().iterator().next() : page;
		try {
			int decided = reviews.decide(me.id(), event, callSlug, versions, outcome).size();
			redirect.addFlashAttribute("notice",
					outcome == null ? "Cleared the decision on " + topics(decided) + "."
							: "Recorded " + outcome.inWords().toLowerCase() + " for " + topics(decided)
									+ "; speakers are told when you announce the decisions.");
		}
		catch (ReviewRefusedException | TopicRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage() + " Nothing was recorded.");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("problem", stale.getMessage() + " Nothing was recorded.");
		}
		catch (IllegalArgumentException | DecisionNotAllowedException notTheirs) {
			throw notFound();
		}
		return "redirect:" + returnTo;
	}

	@PostMapping("/review/{event}/{call}/announce")
	String announce(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			Announcement done = reviews.announce(me.id(), event, callSlug);
			redirect.addFlashAttribute("notice",
					"Announced: %d accepted, %d rejected, %d wait-listed; %s queued to the speakers."
						.formatted(done.accepted(), done.rejected(), done.waitlisted(), mails(done.mailsQueued())));
		}
		catch (ReviewRefusedException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		catch (IllegalArgumentException | DecisionNotAllowedException notTheirs) {
			throw notFound();
		}
		return "redirect:/review/" + slug + "/" + callSlug;
	}

	private static String topics(int count) {
		return count == 1 ? "1 topic" : count + " topics";
	}

	private static String mails(int count) {
		return count == 1 ? "1 mail" : count + " mails";
	}

	/** The decision a button sent: a state, or {@code CLEAR} for none. */
	private static TopicState decision(String decision) {
		if ("CLEAR".equals(decision)) {
			return null;
		}
		if ("ACCEPTED".equals(decision) || "REJECTED".equals(decision) || "WAITLISTED".equals(decision)) {
			return TopicState.valueOf(decision);
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"decision must be ACCEPTED, REJECTED, WAITLISTED or CLEAR");
	}

	private String topicPage(TopicUnderReview topic, ReviewForm form, FormErrors errors, String conflictReason,
			CsrfToken csrf, Model model) {
		Review mine = topic.mine();
		model.addAttribute("page", new ReviewTopicPage(topic, form, errors, mine, conflictReason));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("problem", model.getAttribute("problem"));
		return "review/topic";
	}

	private TopicUnderReview topic(SignedInAccount me, String slug, String callSlug, long topicId) {
		return reviews.topic(me.id(), event(slug), callSlug, topicId).orElseThrow(ReviewPages::notFound);
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(ReviewPages::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
