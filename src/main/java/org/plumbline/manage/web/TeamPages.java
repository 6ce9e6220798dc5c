package org.plumbline.manage.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's team page: its organisers grant, revoke and invite, through the account
 * feature's {@link Teams}. A reviewer reviews one MC or one plain track, so the page
 * lists both; it lives here because the tracks belong to cfp, which depends on account.
 * Anyone else is told the page does not exist (404), as for any private object.
 */
@Controller
class TeamPages {

	private final Rights rights;

	private final Teams teams;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	TeamPages(Rights rights, Teams teams, Microconferences microconferences, TopicCalls calls) {
		this.rights = rights;
		this.teams = teams;
		this.microconferences = microconferences;
		this.calls = calls;
	}

	@GetMapping("/manage/{event}/team")
	String team(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		return page(organisedEvent(slug, me), new InviteForm("", "ORGANISER", ""), FormErrors.NONE, csrf, model);
	}

	@PostMapping("/manage/{event}/team")
	String invite(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, InviteForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organisedEvent(slug, me);
		try {
			boolean granted = teams.grantOrInvite(me, event, form.email(), form.role(), form.microconference());
			redirect.addFlashAttribute("notice",
					granted ? "The role is granted; " + form.email().strip() + " is told by mail."
							: form.email().strip()
									+ " has no account yet: we have mailed an invitation to sign up and accept.");
		}
		catch (InvalidFields invalid) {
			return page(event, form, FormErrors.of(invalid), csrf, model);
		}
		return "redirect:/manage/" + event.slug() + "/team";
	}

	@PostMapping("/manage/{event}/team/roles/{grant}/revoke")
	String revoke(@PathVariable("event") String slug, @PathVariable("grant") long grantId,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = organisedEvent(slug, me);
		try {
			if (!teams.revoke(me, event, grantId)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (InvalidFields refused) {
			return page(event, new InviteForm("", "ORGANISER", ""), FormErrors.form(refused.messages().get("team")),
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "The role is revoked.");
		return "redirect:/manage/" + event.slug() + "/team";
	}

	@PostMapping("/manage/{event}/team/invitations/{invitation}/withdraw")
	String withdraw(@PathVariable("event") String slug, @PathVariable("invitation") long invitationId,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		Event event = organisedEvent(slug, me);
		if (!teams.cancelInvitation(me, event, invitationId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "The invitation is withdrawn; its link no longer works.");
		return "redirect:/manage/" + event.slug() + "/team";
	}

	private Event organisedEvent(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(Event event, InviteForm form, FormErrors errors, CsrfToken csrf, Model model) {
		List<Microconference> mcs = microconferences.forEvent(event.id());
		Map<Long, String> mcTitles = mcs.stream()
			.collect(Collectors.toMap(Microconference::id, Microconference::title));
		List<TopicCall> tracks = calls.calls(event.id()).stream().filter(call -> !call.isMicroconference()).toList();
		Map<Long, String> trackNames = tracks.stream()
			.collect(Collectors.toMap(TopicCall::plainTrackId, TopicCall::name));
		model.addAttribute("event", event);
		model.addAttribute("team", rights.team(event.id()));
		model.addAttribute("invitations", rights.pendingInvitations(event.id()));
		model.addAttribute("microconferences", microconferences.published(event.id()));
		model.addAttribute("mcTitles", mcTitles);
		model.addAttribute("tracks", tracks);
		model.addAttribute("trackNames", trackNames);
		model.addAttribute("trackPrefix", Teams.TRACK_PREFIX);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "manage/team";
	}

}
