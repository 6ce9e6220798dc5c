package org.plumbline.schedule.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.schedule.OwnUnavailability;
import org.plumbline.schedule.TimetableNotFoundException;
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
 * "When you cannot be there": a signed-in lead, key attendee or speaker declares the
 * intervals they are away during an event, in its zone, and removes them. An event that
 * does not need the account's person, or has ended, answers 404 to a form naming it.
 */
@Controller
class OwnUnavailabilityPages {

	private static final String PAGE = "/account/availability";

	private final OwnUnavailability own;

	OwnUnavailabilityPages(OwnUnavailability own) {
		this.own = own;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return page(me, OwnUnavailabilityForm.EMPTY, FormErrors.NONE, csrf, model);
	}

	@PostMapping(PAGE)
	String add(@AuthenticationPrincipal SignedInAccount me, OwnUnavailabilityForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		try {
			own.add(me.id(), form.event() == null ? "" : form.event().strip(),
					new UnavailabilityInput(null, form.startsAt(), form.endsAt(), form.reason()));
		}
		catch (InvalidFields invalid) {
			return page(me, form, FormErrors.of(invalid), csrf, model);
		}
		catch (TimetableNotFoundException notNeeded) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "Added the interval: the timetable's editors see it.");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{unavailability}/remove")
	String remove(@PathVariable("unavailability") long id, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "event", required = false) String event,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		int seen = FormVersions.required(version);
		try {
			own.remove(me.id(), event == null ? "" : event.strip(), id, seen);
		}
		catch (OptimisticLockingFailureException stale) {
			return page(me, OwnUnavailabilityForm.EMPTY,
					FormErrors.form(stale.getMessage() + " The list below is as it is now."), csrf, model);
		}
		catch (TimetableNotFoundException notNeeded) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "Removed the interval.");
		return "redirect:" + PAGE;
	}

	private String page(SignedInAccount me, OwnUnavailabilityForm form, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("page", new OwnUnavailabilityPage(own.of(me.id()), form, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "schedule/ownUnavailability";
	}

}
