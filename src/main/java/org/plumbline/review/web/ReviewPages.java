package org.plumbline.review.web;

import java.util.List;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.review.DashboardQuery;
import org.plumbline.review.Review;
import org.plumbline.review.ReviewRefusedException;
import org.plumbline.review.Reviews;
import org.plumbline.review.TopicUnderReview;
import org.plumbline.validation.FormErrors;
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
 * Reviewers' pages: the calls one reviews, a call's dashboard, and a topic with its
 * reviews and one's own. A call one does not review, and a topic one is conflicted with,
 * do not exist for them (404).
 */
@Controller
class ReviewPages {

	static final String STALE_HINT = " Your score and comment are kept below: save again to replace that change, or "
			+ "reload the page to see it.";

	private final EventCatalog events;

	private final Reviews reviews;

	ReviewPages(EventCatalog events, Reviews reviews) {
		this.events = events;
		this.reviews = reviews;
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
			Model model) {
		Event event = event(slug);
		model.addAttribute("dashboard",
				reviews.dashboard(me.id(), event, callSlug, DashboardQuery.of(sort, state, mine))
					.orElseThrow(ReviewPages::notFound));
		model.addAttribute("notice", model.getAttribute("notice"));
		return "review/dashboard";
	}

	@GetMapping("/review/{event}/{call}/topics/{topic}")
	String topic(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		TopicUnderReview topic = topic(me, slug, callSlug, topicId);
		return topicPage(topic, ReviewForm.of(topic.mine()), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/review/{event}/{call}/topics/{topic}")
	String save(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@PathVariable("topic") long topicId, @AuthenticationPrincipal SignedInAccount me, ReviewForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		TopicUnderReview topic = topic(me, slug, callSlug, topicId);
		Integer version = FormVersions.parse(form.version());
		try {
			reviews.save(me.id(), topic.event(), callSlug, topicId, version, form.input());
		}
		catch (InvalidFields invalid) {
			return topicPage(topic, form, FormErrors.of(invalid), csrf, model);
		}
		catch (ReviewRefusedException refused) {
			return topicPage(topic, form, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			TopicUnderReview current = topic(me, slug, callSlug, topicId);
			return topicPage(current, form.withVersion(current.mine()),
					FormErrors.form(stale.getMessage() + STALE_HINT), csrf, model);
		}
		catch (IllegalArgumentException conflictedMeanwhile) {
			throw notFound();
		}
		redirect.addFlashAttribute("notice", "Your review is saved.");
		return "redirect:/review/" + slug + "/" + callSlug + "/topics/" + topicId;
	}

	private String topicPage(TopicUnderReview topic, ReviewForm form, FormErrors errors, CsrfToken csrf, Model model) {
		Review mine = topic.mine();
		model.addAttribute("page", new ReviewTopicPage(topic, form, errors, mine));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
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
