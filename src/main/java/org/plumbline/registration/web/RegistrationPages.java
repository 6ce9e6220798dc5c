package org.plumbline.registration.web;

import java.time.Clock;
import java.util.Map;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationQuestions;
import org.plumbline.registration.RegistrationRefusedException;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.Registrations.Registered;
import org.plumbline.registration.WaitingList;
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
 * A signed-in attendee's pages of an event's registration: the form that registers them,
 * and their own registration with its state, reference, place in line, the place offered
 * to them from the waiting line, and cancelling. Each shows the signed-in account's
 * registration only, so nobody reaches another's.
 */
@Controller
class RegistrationPages {

	private final EventCatalog events;

	private final Registrations registrations;

	private final WaitingList waitingList;

	private final RegistrationQuestions questions;

	private final Clock clock;

	RegistrationPages(EventCatalog events, Registrations registrations, WaitingList waitingList,
			RegistrationQuestions questions, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.waitingList = waitingList;
		this.questions = questions;
		this.clock = clock;
	}

	@GetMapping("/{event}/register")
	String form(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = event(slug);
		if (registrations.mine(event, me.id()).isPresent()) {
			return "redirect:" + minePath(event);
		}
		return form(event, "", "", Map.of(), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/{event}/register")
	String register(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "ticket", required = false) String ticket,
			@RequestParam(name = "code", required = false) String code, @RequestParam Map<String, String> typed,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = event(slug);
		Registered registered;
		try {
			registered = registrations.register(event, me, ticket, code, typed);
		}
		catch (InvalidFields invalid) {
			return form(event, ticket, code, typed, FormErrors.of(invalid), csrf, model);
		}
		redirect.addFlashAttribute("notice", registered.created() ? switch (registered.registration().status()) {
			case WAITING -> "The tickets are sold out, so you are on the waiting list. We sent you a mail.";
			case AWAITING_PAYMENT -> "We hold your place until you pay. We sent you a mail with the details.";
			default -> "You are registered. We sent you a confirmation mail.";
		} : "You registered before: this is your registration.");
		return "redirect:" + minePath(event);
	}

	@GetMapping("/{event}/registration")
	String mine(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Event event = event(slug);
		return mine(event, me, FormErrors.NONE, csrf, model);
	}

	@PostMapping("/{event}/registration/cancel")
	String cancel(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			registrations.cancel(event, me, FormVersions.required(version));
		}
		catch (RegistrationRefusedException refused) {
			return mine(event, me, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return mine(event, me, FormErrors.form(stale.getMessage() + " It is shown as it is now."), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Your registration is cancelled. We sent you a mail.");
		return "redirect:/" + event.slug() + "/register";
	}

	@PostMapping("/{event}/registration/offer/accept")
	String accept(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			Registration taken = waitingList.accept(event, me, FormVersions.required(version));
			redirect.addFlashAttribute("notice",
					taken.status() == RegistrationStatus.REGISTERED ? "The place is yours: you are registered."
							: "The place is yours once you pay. We sent you a mail with the details.");
		}
		catch (RegistrationRefusedException refused) {
			return mine(event, me, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			return mine(event, me, FormErrors.form(stale.getMessage() + " It is shown as it is now."), csrf, model);
		}
		return "redirect:" + minePath(event);
	}

	@PostMapping("/{event}/registration/offer/decline")
	String decline(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "version", required = false) String version, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug);
		try {
			waitingList.decline(event, me, FormVersions.required(version));
		}
		catch (OptimisticLockingFailureException stale) {
			return mine(event, me, FormErrors.form(stale.getMessage() + " It is shown as it is now."), csrf, model);
		}
		redirect.addFlashAttribute("notice", "You let the place go to the next in line.");
		return "redirect:/" + event.slug() + "/register";
	}

	private String mine(Event event, SignedInAccount me, FormErrors errors, CsrfToken csrf, Model model) {
		Registration registration = registrations.mine(event, me.id()).orElse(null);
		if (registration == null) {
			if (errors != FormErrors.NONE) {
				model.addAttribute("notice", errors.form());
			}
			return form(event, "", "", Map.of(), FormErrors.NONE, csrf, model);
		}
		model.addAttribute("page",
				new MyRegistrationPage(event, registration, waitingList.position(event, registration),
						waitingList.tier(event, registration).name(), registrations.cancelDeadline(event),
						registrations.bankDetails(event), questions.answers(registration), clock.instant(), errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/mine";
	}

	private String form(Event event, String ticket, String code, Map<String, String> answers, FormErrors errors,
			CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new RegisterPage(event, registrations.onSale(event), registrations.codesOnSale(event),
						questions.current(event), ticket == null ? "" : ticket, code == null ? "" : code, answers,
						errors));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "registration/register";
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String minePath(Event event) {
		return "/" + event.slug() + "/registration";
	}

}
