package org.plumbline.importer.web;

import org.plumbline.importer.EventCloner;
import org.plumbline.importer.EventCloneRequest;
import org.plumbline.importer.EventCloneDefaults;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisers' form that creates next year's event from this one, and the report of
 * what it copied. Anyone who does not organise the event is told the page does not exist.
 */
@Controller
class EventClonePages {

	private final Rights rights;

	private final EventCloner cloner;

	EventClonePages(Rights rights, EventCloner cloner) {
		this.rights = rights;
		this.cloner = cloner;
	}

	@GetMapping("/manage/{event}/clone")
	String form(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event source = organised(slug, me);
		return page(new EventClonePage(source, EventCloneDefaults.of(source), FormErrors.NONE), csrf, model);
	}

	@PostMapping("/manage/{event}/clone")
	String clone(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			EventCloneRequest form, CsrfToken csrf, Model model) {
		Event source = organised(slug, me);
		try {
			model.addAttribute("report", cloner.clone(me, source, form));
			return "importer/cloned";
		}
		catch (InvalidFields invalid) {
			return page(new EventClonePage(source, form, FormErrors.of(invalid)), csrf, model);
		}
	}

	private static String page(EventClonePage page, CsrfToken csrf, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("csrf", csrf);
		return "importer/clone";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
