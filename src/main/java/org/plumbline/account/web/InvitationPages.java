package org.plumbline.account.web;

import java.util.Optional;

import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams.Invitation;
import org.plumbline.account.Teams;
import org.plumbline.event.EventCatalog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of an invitation's link. It needs a signed-in user: someone without an account
 * is sent to sign in, signs up from there, and comes back to this page after signing in.
 */
@Controller
class InvitationPages {

	private final Teams teams;

	private final EventCatalog events;

	InvitationPages(Teams teams, EventCatalog events) {
		this.teams = teams;
		this.events = events;
	}

	@GetMapping("/invitation")
	String invitation(@RequestParam(name = "token", required = false) String token, CsrfToken csrf, Model model) {
		return page(token, teams.invitation(token), false, csrf, model);
	}

	@PostMapping("/invitation")
	String accept(@RequestParam(name = "token", required = false) String token,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		boolean wasOpen = teams.invitation(token).filter(found -> found.state() == Invitation.State.OPEN).isPresent();
		return page(token, teams.accept(me, token), wasOpen, csrf, model);
	}

	private String page(String token, Optional<Invitation> invitation, boolean justAccepted, CsrfToken csrf,
			Model model) {
		model.addAttribute("token", token == null ? "" : token);
		model.addAttribute("invitation", invitation.orElse(null));
		model.addAttribute("event", invitation.flatMap(found -> events.findById(found.eventId())).orElse(null));
		model.addAttribute("justAccepted", justAccepted);
		model.addAttribute("csrf", csrf);
		return "account/invitation";
	}

}
