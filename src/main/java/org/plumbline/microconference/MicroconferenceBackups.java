package org.plumbline.microconference;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;

import org.plumbline.microconference.domain.ProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's Call for Microconferences for its backup in an event data file, and written
 * back as it was: the call's window. Nobody is mailed.
 */
@Service
public class MicroconferenceBackups {

	private final ProposalRepository proposals;

	private final AuditLog audit;

	MicroconferenceBackups(ProposalRepository proposals, AuditLog audit) {
		this.proposals = proposals;
		this.audit = audit;
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

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return proposals.notInEventFile(eventId);
	}

}
