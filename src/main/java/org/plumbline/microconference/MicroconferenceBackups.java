package org.plumbline.microconference;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;

import org.plumbline.microconference.domain.ProposalBackupRepository;
import org.plumbline.microconference.domain.ProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's Call for Microconferences for its backup in an event data file, and written
 * back as it was: the call's window and the proposals' own records (proposer, recorded
 * decision, instants, leads-to-be, reviews) and their co-lead invitations. A restore
 * tells history: nothing is decided or announced, and nobody is mailed.
 */
@Service
public class MicroconferenceBackups {

	private final ProposalRepository proposals;

	private final ProposalBackupRepository backups;

	private final AuditLog audit;

	MicroconferenceBackups(ProposalRepository proposals, ProposalBackupRepository backups, AuditLog audit) {
		this.proposals = proposals;
		this.backups = backups;
		this.audit = audit;
	}

	/** The event's proposals, in their MCs' page order. */
	@Transactional(readOnly = true)
	public List<BackedUpMcProposal> proposals(long eventId) {
		return backups.ofEvent(eventId);
	}

	/**
	 * Writes back the proposal of an MC restored already, with its leads-to-be and
	 * reviews.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a second proposal of the MC, a lead or reviewer given twice, a score
	 * out of range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpMcProposal proposal) {
		backups.insert(event.id(), proposal);
		Map<String, Object> restored = new LinkedHashMap<>();
		restored.put("pendingDecision", proposal.pendingDecision() == null ? "none" : proposal.pendingDecision());
		restored.put("leads", proposal.leads().size());
		restored.put("reviews", proposal.reviews().size());
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-proposal",
				Long.toString(proposal.microconferenceId()), "restored", null, restored, null));
	}

	/** The window of the event's Call for Microconferences, if it has one. */
	@Transactional(readOnly = true)
	public Optional<McCall> call(long eventId) {
		return proposals.findCall(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the event has a call, one that closes before it opens)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreCall(Event event, String systemActor, Instant opensAt, Instant closesAt) {
		proposals.insertCall(event.id(), opensAt, closesAt);
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-call", Long.toString(event.id()), "restored",
				null, Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()), null));
	}

	/** The co-lead invitations of the event's proposals, open or not. */
	@Transactional(readOnly = true)
	public List<BackedUpCoLeadInvitation> coLeadInvitations(long eventId) {
		return backups.invitations(eventId);
	}

	/**
	 * Writes back a co-lead invitation of a proposal restored already, under the hash of
	 * its mailed link's token, so that the link answers as it did. Nobody is mailed.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the address has an open invitation to the proposal already, the site
	 * holds an invitation under this hash already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreCoLeadInvitation(Event event, String systemActor, BackedUpCoLeadInvitation invitation) {
		backups.insertInvitation(invitation);
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-proposal",
				Long.toString(invitation.microconferenceId()), "co-lead-invitation-restored", null,
				Map.of("email", invitation.email(), "answer",
						invitation.answer() == null ? "none" : invitation.answer().name()),
				null));
	}

}
