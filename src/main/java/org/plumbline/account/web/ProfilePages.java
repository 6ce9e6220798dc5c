package org.plumbline.account.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.account.SignedInAccount;
import org.plumbline.account.domain.AccountProfiles;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.McTextEdit;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonProfile;
import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own profile, with the way to the microconferences they lead.
 */
@Controller
class ProfilePages {

	private final AccountProfiles profiles;

	private final Microconferences microconferences;

	private final EventCatalog events;

	ProfilePages(AccountProfiles profiles, Microconferences microconferences, EventCatalog events) {
		this.profiles = profiles;
		this.microconferences = microconferences;
		this.events = events;
	}

	@GetMapping("/account")
	String account() {
		return "redirect:/account/profile";
	}

	@GetMapping("/account/profile")
	String form(@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return page(me, profiles.profile(me), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/profile")
	String save(@AuthenticationPrincipal SignedInAccount me, ProfileForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		PersonProfile edited = new PersonProfile(form.displayName(), form.bio(), form.affiliation(), form.version());
		try {
			profiles.update(me, edited);
		}
		catch (InvalidFields invalid) {
			return page(me, edited, FormErrors.of(invalid), csrf, model);
		}
		catch (OptimisticLockingFailureException concurrentEdit) {
			PersonProfile keptEdits = new PersonProfile(edited.displayName(), edited.bio(), edited.affiliation(),
					profiles.profile(me).version());
			return page(me, keptEdits,
					FormErrors.form(concurrentEdit.getMessage()
							+ " Your text is kept below: save again to replace that change, or reload to see it."),
					csrf, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/account/profile";
	}

	private String page(SignedInAccount me, PersonProfile profile, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("led", led(me));
		model.addAttribute("profile", profile);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		model.addAttribute("saved", Boolean.TRUE.equals(model.getAttribute("saved")));
		return "account/profile";
	}

	private List<LedMicroconference> led(SignedInAccount me) {
		Map<Long, Event> byId = events.listEvents().stream().collect(Collectors.toMap(Event::id, Function.identity()));
		return profiles.verifiedPersonId(me.id())
			.map(microconferences::ledBy)
			.orElse(List.of())
			.stream()
			.filter(mc -> byId.containsKey(mc.eventId()))
			.map(mc -> {
				Event event = byId.get(mc.eventId());
				boolean accepted = mc.status() == McStatus.ACCEPTED;
				return new LedMicroconference(mc.title(), event.name(), McTextEdit.pagePath(event.slug(), mc),
						accepted ? "/manage/" + event.slug() + "/schedule/mc/" + mc.slug() : null,
						accepted ? "/manage/" + event.slug() + "/microconferences/" + mc.slug() + "/passes" : null,
						accepted ? "/manage/" + event.slug() + "/feedback?track=" + mc.slug() : null);
			})
			.toList();
	}

}
