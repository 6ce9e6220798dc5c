package org.plumbline.review.web;

import java.util.List;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.review.PhaseInput;
import org.plumbline.review.ReviewPhases;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' page of an event's review phases: the default window, and each call's
 * own. Anyone who does not organise the event is told the page does not exist.
 */
@Controller
class ReviewSettingsPages {

	static final String STALE_HINT = " What you typed is kept below: save again to replace that change, or reload "
			+ "the page to see it.";

	private final Rights rights;

	private final TopicCalls calls;

	private final ReviewPhases phases;

	ReviewSettingsPages(Rights rights, TopicCalls calls, ReviewPhases phases) {
		this.rights = rights;
		this.calls = calls;
		this.phases = phases;
	}

	@GetMapping("/manage/{event}/reviews")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), null, null, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/reviews")
	String saveDefaults(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, PhaseForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			phases.saveDefaults(event, me.id(), form.input());
		}
		catch (InvalidFields invalid) {
			return page(event, "_defaults", form, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, "_defaults", form.withVersion(phases.defaults(event.id()).version()),
					FormErrors.form(stale.getMessage() + STALE_HINT), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the default review phase.");
		return "redirect:/manage/" + event.slug() + "/reviews";
	}

	@PostMapping("/manage/{event}/reviews/{call}")
	String saveCall(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, PhaseForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		TopicCall call = calls.find(event.id(), callSlug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			phases.saveCall(event, me.id(), callSlug, form.input());
		}
		catch (InvalidFields invalid) {
			return page(event, callSlug, form, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, callSlug, form.withVersion(phases.own(call).version()),
					FormErrors.form(stale.getMessage() + STALE_HINT), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the review phase of " + call.name() + ".");
		return "redirect:/manage/" + event.slug() + "/reviews";
	}

	private String page(Event event, String failedForm, PhaseForm failed, FormErrors errors, CsrfToken csrf,
			Model model) {
		List<ReviewSettingsPage.CallPhase> callPhases = calls.calls(event.id())
			.stream()
			.map(call -> new ReviewSettingsPage.CallPhase(call, phases.own(call), phases.of(call)))
			.toList();
		model.addAttribute("page",
				new ReviewSettingsPage(event, phases.defaults(event.id()), callPhases, failedForm,
						failed == null ? null : failed.opensAt(), failed == null ? null : failed.closesAt(),
						failed == null ? null : failed.version(), errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "review/settings";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
