package org.plumbline.registration.web;

import java.util.function.Supplier;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.registration.McPasses;
import org.plumbline.registration.McPasses.McPassList;
import org.plumbline.registration.NotAnOrganiserException;
import org.plumbline.registration.PassesNotFoundException;
import org.plumbline.registration.RegistrationRefusedException;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.FormVersions;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
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
 * The pages of MC passes: an accepted MC's leads (and the organisers) give and take back
 * its passes; organisers see every MC's passes and set an MC's own number; a holder
 * registers with theirs. Anyone else is told the pages do not exist.
 */
@Controller
class PassPages {

	private static final String RACED = "Your registration changed while you used your pass; nothing was changed. "
			+ "Look at it, then try again.";

	private final EventCatalog events;

	private final McPasses passes;

	PassPages(EventCatalog events, McPasses passes) {
		this.events = events;
		this.passes = passes;
	}

	@GetMapping("/manage/{event}/microconferences/{mc}/passes")
	String ofMicroconference(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return ofMicroconference(event(slug), mc, me, "", FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/microconferences/{mc}/passes")
	String assign(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam(name = "email", required = false) String email,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			found(() -> passes.assign(event, mc, me, email));
		}
		catch (InvalidFields invalid) {
			return ofMicroconference(event, mc, me, email, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Gave a pass to " + email.strip() + " and mailed it there.");
		return "redirect:" + mcPath(event, mc);
	}

	@PostMapping("/manage/{event}/microconferences/{mc}/passes/{pass}/revoke")
	String revoke(@PathVariable("event") String slug, @PathVariable("mc") String mc, @PathVariable("pass") long pass,
			@AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		found(() -> passes.ofMicroconference(event, mc, me.id()));
		int seen = FormVersions.required(version);
		try {
			found(() -> {
				passes.revoke(event, mc, me.id(), pass, seen);
				return null;
			});
		}
		catch (RegistrationRefusedException | OptimisticLockingFailureException refused) {
			return ofMicroconference(event, mc, me, "", FormErrors.form(refused.getMessage()), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Took the pass back.");
		return "redirect:" + mcPath(event, mc);
	}

	@GetMapping("/manage/{event}/registration/passes")
	String ofEvent(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return ofEvent(event(slug), me, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/registration/passes/{mc}")
	String setQuota(@PathVariable("event") String slug, @PathVariable("mc") String mc,
			@AuthenticationPrincipal SignedInAccount me, @RequestParam(name = "passes", required = false) String number,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		found(() -> passes.ofEvent(event, me.id()));
		int seen = FormVersions.required(version);
		try {
			found(() -> {
				passes.setQuota(event, mc, me.id(), number, seen);
				return null;
			});
		}
		catch (InvalidFields invalid) {
			return ofEvent(event, me, FormErrors.form(invalid.messages().get("passes")), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return ofEvent(event, me, FormErrors.form(stale.getMessage()), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Saved the number of passes.");
		return "redirect:/manage/" + event.slug() + "/registration/passes";
	}

	@GetMapping("/{event}/pass")
	String held(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return held(event(slug), me, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/{event}/pass")
	String use(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			passes.use(event, me);
		}
		catch (RegistrationRefusedException refused) {
			return held(event, me, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
			return held(event, me, FormErrors.form(RACED), csrf, model);
		}
		redirect.addFlashAttribute("notice", "You are registered with your pass. We sent you a confirmation mail.");
		return "redirect:/" + event.slug() + "/registration";
	}

	private String ofMicroconference(Event event, String mc, SignedInAccount me, String email, FormErrors errors,
			CsrfToken csrf, Model model) {
		McPassList list = found(() -> passes.ofMicroconference(event, mc, me.id()));
		model.addAttribute("page", new McPassesPage(event, list, email == null ? "" : email, errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/mcPasses";
	}

	private String ofEvent(Event event, SignedInAccount me, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("lists", found(() -> passes.ofEvent(event, me.id())));
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/allPasses";
	}

	private String held(Event event, SignedInAccount me, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("pass", passes.heldBy(event, me).orElse(null));
		model.addAttribute("email", me.email());
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		return "registration/pass";
	}

	private static <T> T found(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (PassesNotFoundException | NotAnOrganiserException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String mcPath(Event event, String mc) {
		return "/manage/" + event.slug() + "/microconferences/" + mc + "/passes";
	}

}
