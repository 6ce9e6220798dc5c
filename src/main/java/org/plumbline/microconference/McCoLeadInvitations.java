package org.plumbline.microconference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.McProposal.InvitationState;
import org.plumbline.microconference.domain.ProposalMail;
import org.plumbline.microconference.domain.ProposalRepository;
import org.plumbline.microconference.domain.ProposalRepository.InvitationRow;
import org.plumbline.token.OneTimeTokens;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-leads a proposer invites by mail: the invitation with its one-time link, and the
 * invitee's answer, which lists them among the proposal's leads-to-be. The proposal
 * itself is {@link McProposals}'s.
 */
@Service
public class McCoLeadInvitations {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	private final McProposals proposals;

	private final ProposalRepository repository;

	private final ProposalMail mail;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Clock clock;

	private final ProposalAuthority authority;

	McCoLeadInvitations(McProposals proposals, ProposalRepository repository, ProposalMail mail, EventCatalog events,
			AuditLog audit, Clock clock, ProposalAuthority authority) {
		this.proposals = proposals;
		this.repository = repository;
		this.mail = mail;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.authority = authority;
	}

	/**
	 * Mails a co-lead invitation with a one-time link; only its hash is stored.
	 * @throws McProposalRefusedException if the call is closed or the proposal can no
	 * longer change
	 * @throws org.plumbline.validation.InvalidFields for a malformed address
	 */
	@Transactional
	public McProposal invite(McProposer proposer, long id, String email, String siteUrl) {
		McProposal proposal = proposals.changeable(proposer, id);
		var checks = new FieldChecks();
		String address = checks.required("email", email, 254);
		if (address != null && authority.addressProblem(address).isPresent()) {
			checks.check("email", Optional.of("Enter an address such as jane@example.org."));
		}
		if (address != null && proposal.invitations()
			.stream()
			.anyMatch(invitation -> invitation.state() == InvitationState.OPEN
					&& invitation.email().equalsIgnoreCase(address))) {
			// A second click, or a second try, would mail the address again.
			checks.check("email", Optional.of(invitedAlready(address)));
		}
		checks.throwIfAny();
		Instant now = clock.instant();
		String token = OneTimeTokens.generate();
		long invitationId;
		try {
			invitationId = repository.invite(id, address, OneTimeTokens.hash(token), proposer.accountId(), now,
					now.plus(INVITATION_VALIDITY));
		}
		catch (DuplicateKeyException secondClick) {
			// The other click saved it and mails it; this one mails nothing.
			throw new InvalidFields(Map.of("email", invitedAlready(address)));
		}
		Event event = events.findById(proposal.eventId()).orElseThrow();
		mail.coLeadInvitation(event, id, proposal.text().title(), proposer.name(), address,
				siteUrl + "/proposals/invitations/" + token, INVITATION_VALIDITY.toDays() + " days");
		audit.record(new AuditEntry(event.id(), proposer.accountId(), null, "mc-proposal", Long.toString(id),
				"co-lead-invited", null, Map.of("invitation", invitationId, "email", address), null));
		return proposals.view(id);
	}

	/**
	 * The invitation of a link, if the account's verified address is the one it was
	 * mailed to (as for co-speakers): a forwarded or leaked link makes nobody else a
	 * lead. Empty for anyone else and for a token that is not ours.
	 */
	@Transactional(readOnly = true)
	public Optional<McProposalInvitation> invitationFor(String token, long accountId) {
		return boundRow(token, accountId).map(this::invitationView);
	}

	/**
	 * The invitation of a link for an account that has not verified its address yet, if
	 * that address is the one it was mailed to: it may see it, and answers once verified.
	 */
	@Transactional(readOnly = true)
	public Optional<McProposalInvitation> invitationAwaitingVerification(String token, String accountEmail) {
		return row(token).filter(invitation -> invitation.email().equalsIgnoreCase(accountEmail))
			.map(this::invitationView);
	}

	/**
	 * Answers a co-lead invitation for the signed-in user, who must be the person whose
	 * verified address it was mailed to. Accepting lists them among the leads-to-be after
	 * the others; answering twice, or after the proposal was decided or withdrawn,
	 * changes nothing.
	 * @return the invitation as it is now, empty for a token that is not ours or not
	 * theirs
	 */
	@Transactional
	public Optional<McProposalInvitation> answer(String token, McProposer invitee, boolean accept) {
		Optional<InvitationRow> found = boundRow(token, invitee.accountId())
			.filter(invitation -> authority.verifiedPersonOf(invitee.accountId()).orElseThrow() == invitee.personId());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		InvitationRow invitation = found.get();
		repository.lockProposal(invitation.proposalId());
		if (!invitationView(invitation).answerable()) {
			return found.map(this::invitationView);
		}
		InvitationState answer = accept ? InvitationState.ACCEPTED : InvitationState.DECLINED;
		if (repository.answer(invitation.id(), answer, invitee.accountId(), clock.instant())) {
			McProposal before = proposals.view(invitation.proposalId());
			if (accept && !repository.isLeadToBe(invitation.proposalId(), invitee.personId())) {
				repository.addLead(invitation.proposalId(), invitee.personId(), invitee.name(), invitee.email());
			}
			audit.record(new AuditEntry(before.eventId(), invitee.accountId(), null, "mc-proposal",
					Long.toString(invitation.proposalId()), accept ? "co-lead-accepted" : "co-lead-declined",
					Map.of("leads", before.leadNames()),
					Map.of("leads", proposals.view(invitation.proposalId()).leadNames()), null));
		}
		return repository.invitationByHash(OneTimeTokens.hash(token)).map(this::invitationView);
	}

	private Optional<InvitationRow> row(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return repository.invitationByHash(OneTimeTokens.hash(token));
	}

	private Optional<InvitationRow> boundRow(String token, long accountId) {
		Optional<Long> person = authority.verifiedPersonOf(accountId);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		return row(token).filter(invitation -> authority.verifiedPersonOfAddress(invitation.email()).equals(person));
	}

	private McProposalInvitation invitationView(InvitationRow invitation) {
		McProposal proposal = proposals.view(invitation.proposalId());
		String inviter = proposal.leads().isEmpty() ? "" : proposal.leads().getFirst().nameAsWritten();
		return new McProposalInvitation(proposal.id(), proposal.eventId(), proposal.text().title(), inviter,
				invitation.email(), state(invitation, clock.instant()), proposal.status());
	}

	static InvitationState state(InvitationRow invitation, Instant now) {
		if (invitation.answer() != null) {
			return invitation.answer();
		}
		return now.isBefore(invitation.expiresAt()) ? InvitationState.OPEN : InvitationState.EXPIRED;
	}

	private static String invitedAlready(String address) {
		return address + " is invited already; the link we mailed works for " + INVITATION_VALIDITY.toDays() + " days.";
	}

}
