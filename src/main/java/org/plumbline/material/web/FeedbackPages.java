package org.plumbline.material.web;

import java.util.function.Supplier;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.FeedbackForm;
import org.plumbline.material.FeedbackNotFoundException;
import org.plumbline.material.FeedbackRefusedException;
import org.plumbline.material.FeedbackReports;
import org.plumbline.material.TalkFeedback;
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
 * Feedback on one talk: a signed-in attendee's own form, and the feedback the talk
 * received for those who may read it (404 for anyone else); and a speaker's list of their
 * talks with the feedback each received.
 */
@Controller
class FeedbackPages {

	private static final String TALK = "/{event}/talks/{talk}/feedback";

	private final EventCatalog events;

	private final TalkFeedback feedback;

	private final FeedbackReports reports;

	FeedbackPages(EventCatalog events, TalkFeedback feedback, FeedbackReports reports) {
		this.events = events;
		this.feedback = feedback;
		this.reports = reports;
	}

	@GetMapping(TALK)
	String form(@PathVariable("event") String slug, @PathVariable("talk") String talk,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		FeedbackForm form = found(() -> feedback.form(event(slug), talk, me.id()));
		return form(FeedbackFormPage.saved(form), csrf, model);
	}

	@PostMapping(TALK)
	String give(@PathVariable("event") String slug, @PathVariable("talk") String talk,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam(name = "rating", required = false) String rating,
			@RequestParam(name = "comment", required = false) String comment,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		Integer seen = FormVersions.optional(version);
		FormErrors errors;
		try {
			found(() -> feedback.give(event, talk, me.id(), rating, comment, seen));
			redirect.addFlashAttribute("notice", "Thank you: your feedback is saved. You may change it here.");
			return "redirect:/" + event.slug() + "/talks/" + talk + "/feedback";
		}
		catch (InvalidFields invalid) {
			errors = FormErrors.of(invalid);
		}
		catch (FeedbackRefusedException refused) {
			errors = FormErrors.form(refused.getMessage() + " Nothing was saved.");
		}
		catch (OptimisticLockingFailureException stale) {
			errors = FormErrors.form(stale.getMessage()
					+ " Your saved feedback is shown above and what you typed below; save again to replace it.");
		}
		FeedbackForm form = found(() -> feedback.form(event, talk, me.id()));
		return form(new FeedbackFormPage(form, rating == null ? "" : rating, comment == null ? "" : comment, errors),
				csrf, model);
	}

	@GetMapping(TALK + "/received")
	String received(@PathVariable("event") String slug, @PathVariable("talk") String talk,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("received", found(() -> reports.received(event(slug), talk, me.id())));
		return "feedback/received";
	}

	@GetMapping("/account/feedback")
	String spoken(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("talks", reports.spokenBy(me.id()));
		return "feedback/spoken";
	}

	private String form(FeedbackFormPage page, CsrfToken csrf, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "feedback/form";
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** What the facade answers, or 404 for a talk or feedback the account may not see. */
	static <T> T found(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (FeedbackNotFoundException notFound) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound.getMessage());
		}
	}

}
