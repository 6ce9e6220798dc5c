package org.plumbline.schedule.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.schedule.Unavailabilities;
import org.plumbline.schedule.UnavailabilityInput;
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
 * The organisers' page of the intervals during which the event's people and rooms are
 * unavailable: the list, a form to add one in the event's zone, and a button to remove
 * each. Anyone who does not organise the event is told the page does not exist.
 */
@Controller
class UnavailabilityPages {

	private final Rights rights;

	private final Unavailabilities unavailabilities;

	UnavailabilityPages(Rights rights, Unavailabilities unavailabilities) {
		this.rights = rights;
		this.unavailabilities = unavailabilities;
	}

	@GetMapping("/manage/{event}/schedule/unavailability")
	String page(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organised(slug, me), UnavailabilityForm.EMPTY, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/schedule/unavailability")
	String add(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, UnavailabilityForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			unavailabilities.add(event, me.id(),
					new UnavailabilityInput(form.who(), form.startsAt(), form.endsAt(), form.reason()));
		}
		catch (InvalidFields invalid) {
			return page(event, form, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Added the interval.");
		return "redirect:/manage/" + event.slug() + "/schedule/unavailability";
	}

	@PostMapping("/manage/{event}/schedule/unavailability/{unavailability}/remove")
	String remove(@PathVariable("event") String slug, @PathVariable("unavailability") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			unavailabilities.remove(event, me.id(), id, seen);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(event, UnavailabilityForm.EMPTY,
					FormErrors.form(stale.getMessage() + " The list below is as it is now."), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Removed the interval.");
		return "redirect:/manage/" + event.slug() + "/schedule/unavailability";
	}

	private String page(Event event, UnavailabilityForm form, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("page", new UnavailabilityPage(event, unavailabilities.ofEvent(event.id()),
				unavailabilities.people(event.id()), unavailabilities.rooms(event.id()), form, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "schedule/unavailability";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
