package org.plumbline.site.web;

import java.util.UUID;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.PublicUrl;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McProposal;
import org.plumbline.microconference.McProposalRefusedException;
import org.plumbline.microconference.McProposalText;
import org.plumbline.microconference.McCoLeadInvitations;
import org.plumbline.microconference.McProposals;
import org.plumbline.microconference.McProposer;
import org.plumbline.microconference.McStatus;
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
 * A proposer's pages of the Call for Microconferences: the form, their proposals, and one
 * proposal to edit, submit, withdraw or invite co-leads to while the call is open. They
 * meet the account (who is signed in, as which person) and the microconference feature,
 * which does not know accounts. A proposal whose leads-to-be do not include the user does
 * not exist for them (404).
 */
@Controller
class ProposalPages {

	static final String FORM_PATH = "/" + EventPages.EVENT + "/microconferences/propose";

	private static final String STALE_HINT = " Your text is kept below: save again to replace that change, or reload "
			+ "the page to see it.";

	private final EventCatalog events;

	private final McProposals proposals;

	private final McCoLeadInvitations invitations;

	private final AccountPersons accounts;

	private final PublicUrl publicUrl;

	ProposalPages(EventCatalog events, McProposals proposals, McCoLeadInvitations invitations, AccountPersons accounts,
			PublicUrl publicUrl) {
		this.events = events;
		this.proposals = proposals;
		this.invitations = invitations;
		this.accounts = accounts;
		this.publicUrl = publicUrl;
	}

	static String formPath(String eventSlug) {
		return "/" + eventSlug + "/microconferences/propose";
	}

	@GetMapping(FORM_PATH)
	String form(@PathVariable("event") String slug, CsrfToken csrf, Model model) {
		Event event = EventPages.find(events, slug);
		return formPage(event, ProposalForm.of(McProposalText.EMPTY, 0, UUID.randomUUID().toString()), FormErrors.NONE,
				csrf, model);
	}

	@PostMapping(FORM_PATH)
	String create(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, ProposalForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		Event event = EventPages.find(events, slug);
		if (form.submissionKey() == null || form.submissionKey().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form's submission key is missing.");
		}
		McProposer proposer = proposer(me);
		if (proposer == null) {
			return formPage(event, form, FormErrors.form("Please verify your email address before proposing."), csrf,
					model);
		}
		McProposal proposal;
		try {
			proposal = proposals.create(event, proposer, form.text(), form.submissionKey(), form.submits(),
					publicUrl.of(""));
		}
		catch (InvalidFields invalid) {
			return formPage(event, form, FormErrors.of(invalid), csrf, model);
		}
		catch (McProposalRefusedException refused) {
			return formPage(event, form, FormErrors.form(refused.getMessage()), csrf, model);
		}
		catch (IllegalArgumentException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, malformed.getMessage());
		}
		redirect.addFlashAttribute("notice", noticeFor(proposal.status()));
		return "redirect:/account/proposals/" + proposal.id();
	}

	@GetMapping("/account/proposals")
	String mine(@AuthenticationPrincipal SignedInAccount me, Model model) {
		model.addAttribute("proposals",
				accounts.verifiedPersonId(me.id()).map(proposals::ledBy).orElse(java.util.List.of()));
		model.addAttribute("events", events.listEvents());
		return "site/myProposals";
	}

	@GetMapping("/account/proposals/{proposal}")
	String one(@PathVariable("proposal") long id, @AuthenticationPrincipal SignedInAccount me, CsrfToken csrf,
			Model model) {
		McProposal proposal = mine(me, id);
		return proposalPage(proposal, ProposalForm.of(proposal.text(), proposal.version(), null), FormErrors.NONE,
				FormErrors.NONE, csrf, model);
	}

	@PostMapping("/account/proposals/{proposal}")
	String save(@PathVariable("proposal") long id, @AuthenticationPrincipal SignedInAccount me, ProposalForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		McProposal proposal = mine(me, id);
		McProposer proposer = proposer(me);
		int version = form.parsedVersion();
		McProposal saved;
		try {
			saved = form.submits() ? proposals.submit(proposer, id, version, form.text(), publicUrl.of(""))
					: proposals.edit(proposer, id, version, form.text());
		}
		catch (InvalidFields invalid) {
			return proposalPage(proposal, form, FormErrors.of(invalid), FormErrors.NONE, csrf, model);
		}
		catch (McProposalRefusedException refused) {
			return proposalPage(proposal, form, FormErrors.form(refused.getMessage()), FormErrors.NONE, csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			McProposal current = mine(me, id);
			return proposalPage(current, form.withVersion(current.version()),
					FormErrors.form(stale.getMessage() + STALE_HINT), FormErrors.NONE, csrf, model);
		}
		redirect.addFlashAttribute("notice", noticeFor(saved.status()));
		return "redirect:/account/proposals/" + id;
	}

	@PostMapping("/account/proposals/{proposal}/withdraw")
	String withdraw(@PathVariable("proposal") long id, @AuthenticationPrincipal SignedInAccount me, ProposalForm form,
			CsrfToken csrf, Model model, RedirectAttributes redirect) {
		McProposal proposal = mine(me, id);
		int version = form.parsedVersion();
		try {
			proposals.withdraw(proposer(me), id, version);
		}
		catch (McProposalRefusedException refused) {
			return proposalPage(proposal, ProposalForm.of(proposal.text(), proposal.version(), null),
					FormErrors.form(refused.getMessage()), FormErrors.NONE, csrf, model);
		}
		catch (OptimisticLockingFailureException stale) {
			McProposal current = mine(me, id);
			return proposalPage(current, ProposalForm.of(current.text(), current.version(), null),
					FormErrors.form(stale.getMessage() + " Look at it again before you withdraw it."), FormErrors.NONE,
					csrf, model);
		}
		redirect.addFlashAttribute("notice", "Withdrawn: the organisers will not consider this proposal.");
		return "redirect:/account/proposals/" + id;
	}

	@PostMapping("/account/proposals/{proposal}/invitations")
	String invite(@PathVariable("proposal") long id, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "email", required = false) String email, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		McProposal proposal = mine(me, id);
		try {
			invitations.invite(proposer(me), id, email, publicUrl.of(""));
		}
		catch (InvalidFields invalid) {
			model.addAttribute("inviteEmail", email);
			return proposalPage(proposal, ProposalForm.of(proposal.text(), proposal.version(), null), FormErrors.NONE,
					FormErrors.of(invalid), csrf, model);
		}
		catch (McProposalRefusedException refused) {
			return proposalPage(proposal, ProposalForm.of(proposal.text(), proposal.version(), null), FormErrors.NONE,
					FormErrors.form(refused.getMessage()), csrf, model);
		}
		redirect.addFlashAttribute("notice", "Invited: " + email.strip() + " gets a mail with a link to accept.");
		return "redirect:/account/proposals/" + id;
	}

	private String formPage(Event event, ProposalForm form, FormErrors errors, CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new ProposalFormPage(event, proposals.call(event.id()).orElse(null), proposals.now(), form, errors));
		model.addAttribute("csrf", csrf);
		return "site/propose";
	}

	private String proposalPage(McProposal proposal, ProposalForm form, FormErrors errors, FormErrors inviteErrors,
			CsrfToken csrf, Model model) {
		Event event = events.findById(proposal.eventId()).orElseThrow();
		model.addAttribute("page",
				new ProposalFormPage(event, proposals.call(event.id()).orElse(null), proposals.now(), form, errors));
		model.addAttribute("proposal", proposal);
		model.addAttribute("inviteErrors", inviteErrors);
		model.addAttribute("inviteEmail", model.getAttribute("inviteEmail"));
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		return "site/proposal";
	}

	/** The user as a proposer, or {@code null} while their address is unverified. */
	private McProposer proposer(SignedInAccount me) {
		return accounts.verifiedPersonId(me.id())
			.map(personId -> new McProposer(me.id(), personId, me.displayName(), me.email()))
			.orElse(null);
	}

	private McProposal mine(SignedInAccount me, long id) {
		return accounts.verifiedPersonId(me.id())
			.flatMap(personId -> proposals.find(personId, id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String noticeFor(McStatus status) {
		return switch (status) {
			case DRAFT -> "Saved as a draft: submit it before the call closes.";
			case PROPOSED -> "Submitted: the organisers will review it. You can still edit it until the call closes.";
			default -> "Saved.";
		};
	}

}
