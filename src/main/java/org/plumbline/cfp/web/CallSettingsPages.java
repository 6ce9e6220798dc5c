package org.plumbline.cfp.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.event.Event;
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
 * The organisers' page of an event's calls for topics: the default window and durations,
 * each call's own, and the plain tracks. Anyone who does not organise the event is told
 * the page does not exist.
 */
@Controller
class CallSettingsPages {

	static final String STALE_HINT = " What you typed is kept below: save again to replace that change, or reload "
			+ "the page to see it.";

	private final Rights rights;

	private final TopicCalls calls;

	private final TopicDecisions decisions;

	CallSettingsPages(Rights rights, TopicCalls calls, TopicDecisions decisions) {
		this.rights = rights;
		this.calls = calls;
		this.decisions = decisions;
	}

	@GetMapping("/manage/{event}/calls")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), null, FormErrors.NONE, null, null, csrf, model);
	}

	@PostMapping("/manage/{event}/calls")
	String saveDefaults(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			CallSettingsForm form, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			calls.saveDefaults(event, me.id(), form.settings());
		}
		catch (InvalidFields invalid) {
			return page(event, "_defaults", FormErrors.of(invalid), form, null, csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			CallSettingsForm kept = form.withVersion(calls.defaults(event.id()).version());
			return page(event, "_defaults", FormErrors.form(stale.getMessage() + STALE_HINT), kept, null, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the default window and durations.");
		return "redirect:/manage/" + event.slug() + "/calls";
	}

	@PostMapping("/manage/{event}/calls/{call}")
	String saveCall(@PathVariable("event") String slug, @PathVariable("call") String callSlug,
			@AuthenticationPrincipal SignedInAccount me, CallSettingsForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		TopicCall call = calls.find(event.id(), callSlug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			calls.saveCall(event, me.id(), callSlug, form.settings());
		}
		catch (InvalidFields invalid) {
			return page(event, callSlug, FormErrors.of(invalid), form, null, csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			CallSettingsForm kept = form.withVersion(calls.find(event.id(), callSlug).orElseThrow().version());
			return page(event, callSlug, FormErrors.form(stale.getMessage() + STALE_HINT), kept, null, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the call of " + call.name() + ".");
		return "redirect:/manage/" + event.slug() + "/calls#call_" + callSlug;
	}

	@PostMapping("/manage/{event}/tracks")
	String createTrack(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, TrackForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		TopicCall track;
		try {
			track = calls.createPlainTrack(event, me.id(), form.track());
		}
		catch (InvalidFields invalid) {
			return page(event, "_track", FormErrors.of(invalid), null, form, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Added the track " + track.name() + " and its call.");
		return "redirect:/manage/" + event.slug() + "/calls#call_" + track.slug();
	}

	private String page(Event event, String refusedForm, FormErrors errors, CallSettingsForm typed,
			TrackForm typedTrack, CsrfToken csrf, Model model) {
		model.addAttribute("page", new CallsPage(event, calls.defaults(event.id()), calls.calls(event.id()),
				calls.now(), refusedForm, errors, typed, typedTrack, decisions.budgets(event.id())));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "cfp/callSettings";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
