package org.plumbline.manage.web;

import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.McTextEdit;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
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
 * An MC's public text, edited by its leads (being listed as a lead is the right,
 * DOMAIN.md L7), the event's organisers and the site admin. For anyone else the page does
 * not exist (404), like any private object.
 */
@Controller
class McTextPages {

	private final EventCatalog events;

	private final Microconferences microconferences;

	private final Rights rights;

	McTextPages(EventCatalog events, Microconferences microconferences, Rights rights) {
		this.events = events;
		this.microconferences = microconferences;
		this.rights = rights;
	}

	@GetMapping(McTextEdit.PAGE_PATH)
	String form(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = event(slug);
		Microconference mc = editable(event, mcSlug, me);
		return page(event, mc, McTextEdit.of(mc), FormErrors.NONE, csrf, model);
	}

	@PostMapping(McTextEdit.PAGE_PATH)
	String save(@PathVariable("event") String slug, @PathVariable("mc") String mcSlug,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> fields, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		Microconference mc = editable(event, mcSlug, me);
		McTextEdit edit = McTextForm.read(fields, mc).orElse(null);
		if (edit == null || edit.version() != mc.version()) {
			return stale(event, mc, edit, csrf, model);
		}
		try {
			microconferences.editText(mc.id(), edit, me.id());
		}
		catch (InvalidFields invalid) {
			return page(event, mc, edit, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException concurrentSave) {
			return stale(event, editable(event, mcSlug, me), edit, csrf, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + McTextEdit.pagePath(event.slug(), mc);
	}

	/**
	 * The form after someone else saved the MC since the editor opened it: the editor's
	 * text is kept, now at the current version, so that saving again replaces that change
	 * knowingly; a form that no longer fits the MC's sections shows the MC as it is.
	 */
	private String stale(Event event, Microconference current, McTextEdit edit, CsrfToken csrf, Model model) {
		McTextEdit now = McTextEdit.of(current);
		boolean fits = edit != null && edit.sections().size() == now.sections().size()
				&& edit.keyAttendeeRoles().size() == now.keyAttendeeRoles().size();
		if (!fits) {
			return page(event, current, now,
					FormErrors.form("This microconference was changed by someone else since you opened it, "
							+ "or the form was incomplete. It is shown below as it is now: make your changes again."),
					csrf, model);
		}
		McTextEdit keptEdits = new McTextEdit(current.version(), edit.description(), edit.sections(),
				edit.keyAttendeeRoles());
		return page(event, current, keptEdits,
				FormErrors.form("This microconference was changed by someone else since you opened it. Your text is "
						+ "kept below: save again to replace that change, or reload the page to see it."),
				csrf, model);
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The MC if the account may edit it; 404 alike for an unknown MC and a forbidden one,
	 * and for a proposal not accepted, whose text only its proposers change.
	 */
	private Microconference editable(Event event, String mcSlug, SignedInAccount me) {
		return microconferences.find(event.id(), mcSlug)
			.filter(mc -> !microconferences.isUnacceptedProposal(mc.id()))
			.filter(mc -> rights.mayEditMicroconference(me.id(), mc))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String page(Event event, Microconference mc, McTextEdit edit, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("event", event);
		model.addAttribute("mc", mc);
		model.addAttribute("edit", edit);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		model.addAttribute("saved", Boolean.TRUE.equals(model.getAttribute("saved")));
		model.addAttribute("published", mc.status() == McStatus.ACCEPTED);
		model.addAttribute("action", McTextEdit.pagePath(event.slug(), mc));
		return "manage/microconference";
	}

}
