package org.plumbline.registration.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.registration.RegistrationSettings;
import org.plumbline.registration.RegistrationSettingsService;
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
 * The organisers' form of an event's registration rules. Anyone who does not organise the
 * event is told the page does not exist.
 */
@Controller
class RegistrationSettingsPages {

	private static final String REFRESHED = " The form below shows them as they are now.";

	private final Rights rights;

	private final RegistrationSettingsService settings;

	RegistrationSettingsPages(Rights rights, RegistrationSettingsService settings) {
		this.rights = rights;
		this.settings = settings;
	}

	@GetMapping("/manage/{event}/registration/settings")
	String show(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = organised(slug, me);
		return asStored(event, me, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/settings")
	String save(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, RegistrationSettingsForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			settings.save(event, me.id(), seen, form.input());
		}
		catch (InvalidFields invalid) {
			return page(new RegistrationSettingsPage(event, form, seen, FormErrors.of(invalid)), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return asStored(event, me, FormErrors.form(stale.getMessage() + REFRESHED), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the registration settings.");
		return "redirect:/manage/" + event.slug() + "/registration/settings";
	}

	private String asStored(Event event, SignedInAccount me, FormErrors errors, CsrfToken csrf, Model model) {
		RegistrationSettings stored = settings.of(event, me.id());
		return page(new RegistrationSettingsPage(event, RegistrationSettingsForm.of(stored, event.timeZone()),
				stored.version(), errors), csrf, model);
	}

	private static String page(RegistrationSettingsPage page, CsrfToken csrf, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/settings";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
