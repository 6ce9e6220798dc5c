package org.plumbline.registration.web;

import java.time.Clock;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.registration.RegistrationRefusedException;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypes;
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
 * The organisers' pages of an event's ticket types: the list with the form that adds one,
 * and one type's page that changes or deletes it and manages its codes. Anyone who does
 * not organise the event is told the pages do not exist.
 */
@Controller
class TicketTypePages {

	private static final String REFRESHED = " The page below is as it is now.";

	private final Rights rights;

	private final TicketTypes ticketTypes;

	private final Clock clock;

	TicketTypePages(Rights rights, TicketTypes ticketTypes, Clock clock) {
		this.rights = rights;
		this.ticketTypes = ticketTypes;
		this.clock = clock;
	}

	@GetMapping("/manage/{event}/registration/tickets")
	String list(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return list(organised(slug, me), me, TicketTypeForm.EMPTY, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/tickets")
	String create(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, TicketTypeForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		try {
			ticketTypes.create(event, me.id(), form.input());
		}
		catch (InvalidFields invalid) {
			return list(event, me, form, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Added the ticket type " + form.name().strip() + ".");
		return "redirect:" + listPath(event);
	}

	@GetMapping("/manage/{event}/registration/tickets/{ticket}")
	String ticket(@PathVariable("event") String slug, @PathVariable("ticket") long id,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		Event event = organised(slug, me);
		TicketType type = ticketTypes.find(event, me.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ticket(event, type, TicketTypeForm.of(type, event.timeZone()), type.version(), "", FormErrors.NONE, csrf,
				model);
	}

	@PostMapping("/manage/{event}/registration/tickets/{ticket}")
	String edit(@PathVariable("event") String slug, @PathVariable("ticket") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, TicketTypeForm form, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			ticketTypes.edit(event, me.id(), id, seen, form.input());
		}
		catch (InvalidFields invalid) {
			return ticketOrList(event, me, id, form, seen, "", FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return ticketAsItIsNow(event, me, id, stale, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the ticket type " + form.name().strip() + ".");
		return "redirect:" + listPath(event);
	}

	@PostMapping("/manage/{event}/registration/tickets/{ticket}/delete")
	String delete(@PathVariable("event") String slug, @PathVariable("ticket") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			ticketTypes.delete(event, me.id(), id, seen);
		}
		catch (RegistrationRefusedException kept) {
			return ticketOrList(event, me, id, null, seen, "", FormErrors.form(kept.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return ticketAsItIsNow(event, me, id, stale, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Deleted the ticket type.");
		return "redirect:" + listPath(event);
	}

	@PostMapping("/manage/{event}/registration/tickets/{ticket}/codes")
	String addCode(@PathVariable("event") String slug, @PathVariable("ticket") long id,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "code", required = false) String code, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			ticketTypes.addCode(event, me.id(), id, seen, code);
		}
		catch (InvalidFields invalid) {
			return ticketOrList(event, me, id, null, seen, code, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return ticketAsItIsNow(event, me, id, stale, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Added the code " + code.strip() + ".");
		return "redirect:" + listPath(event) + "/" + id;
	}

	@PostMapping("/manage/{event}/registration/tickets/{ticket}/codes/{code}/remove")
	String removeCode(@PathVariable("event") String slug, @PathVariable("ticket") long id,
			@PathVariable("code") long codeId, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = organised(slug, me);
		int seen = FormVersions.required(version);
		try {
			ticketTypes.removeCode(event, me.id(), id, seen, codeId);
		}
		catch (OptimisticLockingFailureException stale) {
			return ticketAsItIsNow(event, me, id, stale, csrf, model);
		}
		redirect.addFlashAttribute("notice", "Removed the code.");
		return "redirect:" + listPath(event) + "/" + id;
	}

	/** After a stale form: the type's page as it is now, or the list if it is gone. */
	private String ticketAsItIsNow(Event event, SignedInAccount me, long id, OptimisticLockingFailureException stale,
			CsrfToken csrf, Model model) {
		return ticketOrList(event, me, id, null, null, "", FormErrors.form(stale.getMessage() + REFRESHED), csrf,
				model);
	}

	/**
	 * The type's page with the form as typed (or as stored, for {@code null}) and the
	 * version the refused form saw (or the stored one, for {@code null}), or the list
	 * with the errors if the type is gone.
	 */
	private String ticketOrList(Event event, SignedInAccount me, long id, TicketTypeForm form, Integer seen,
			String code, FormErrors errors, CsrfToken csrf, Model model) {
		return ticketTypes.find(event, me.id(), id)
			.map(type -> ticket(event, type, form != null ? form : TicketTypeForm.of(type, event.timeZone()),
					seen != null ? seen : type.version(), code, errors, csrf, model))
			.orElseGet(() -> list(event, me, TicketTypeForm.EMPTY, errors, csrf, model));
	}

	private String list(Event event, SignedInAccount me, TicketTypeForm form, FormErrors errors, CsrfToken csrf,
			Model model) {
		model.addAttribute("page",
				new TicketTypesPage(event, ticketTypes.ofEvent(event, me.id()), clock.instant(), form, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/tickets";
	}

	private String ticket(Event event, TicketType type, TicketTypeForm form, int version, String code,
			FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("page", new TicketTypePage(event, type, form, version, code == null ? "" : code, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/ticket";
	}

	private Event organised(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String listPath(Event event) {
		return "/manage/" + event.slug() + "/registration/tickets";
	}

}
