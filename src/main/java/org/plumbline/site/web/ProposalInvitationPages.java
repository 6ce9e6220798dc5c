package org.plumbline.site.web;

import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McProposalInvitation;
import org.plumbline.microconference.McCoLeadInvitations;
import org.plumbline.microconference.McProposer;
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

/**
 * The page of a co-lead invitation's link. As the role invitations' page does, it needs a
 * signed-in user: someone without an account is sent to sign in, signs up from there, and
 * comes back here after signing in. Only the invitee sees it: the account whose verified
 * address the link was mailed to (or, before verifying, whose address it is); to anyone
 * else, as for a token that is not ours, it does not exist (404).
 */
@Controller
class ProposalInvitationPages {

	static final String PATH = "/proposals/invitations/{token}";

	private final McCoLeadInvitations invitations;

	private final AccountPersons accounts;

	private final EventCatalog events;

	ProposalInvitationPages(McCoLeadInvitations invitations, AccountPersons accounts, EventCatalog events) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.events = events;
	}

	@GetMapping(PATH)
	String invitation(@PathVariable("token") String token, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		Optional<Long> personId = accounts.verifiedPersonId(me.id());
		if (personId.isEmpty()) {
			return page(token, invitations.invitationAwaitingVerification(token, me.email()), null, false, csrf, model);
		}
		return page(token, invitations.invitationFor(token, me.id()), null, true, csrf, model);
	}

	@PostMapping(PATH)
	String answer(@PathVariable("token") String token, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "action", required = false) String action, CsrfToken csrf, Model model) {
		Optional<Long> personId = accounts.verifiedPersonId(me.id());
		if (personId.isEmpty()) {
			return page(token, invitations.invitationAwaitingVerification(token, me.email()), null, false, csrf, model);
		}
		boolean accept = "accept".equals(action);
		McProposer invitee = new McProposer(me.id(), personId.get(), me.displayName(), me.email());
		boolean wasOpen = invitations.invitationFor(token, me.id())
			.filter(McProposalInvitation::answerable)
			.isPresent();
		Optional<McProposalInvitation> answered = invitations.answer(token, invitee, accept);
		return page(token, answered, wasOpen ? (accept ? "accepted" : "declined") : null, true, csrf, model);
	}

	private String page(String token, Optional<McProposalInvitation> invitation, String justAnswered, boolean verified,
			CsrfToken csrf, Model model) {
		McProposalInvitation shown = invitation.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Event event = events.findById(shown.eventId()).orElseThrow();
		model.addAttribute("token", token);
		model.addAttribute("invitation", shown);
		model.addAttribute("event", event);
		model.addAttribute("justAnswered", justAnswered);
		model.addAttribute("verified", verified);
		model.addAttribute("csrf", csrf);
		return "site/proposalInvitation";
	}

}
