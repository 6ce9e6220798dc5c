package org.plumbline.registration;

import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.domain.RegistrationBackupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's registrations for its ticket types, for its backup in an event data file,
 * and written back as they were: each keeps its reference, its place in its type's line,
 * its status, payment and offer, so the places taken and the waiting order are those of
 * the backup. A restore tells history: no offer is made or expired and nobody is mailed.
 */
@Service
public class RegistrationBackups {

	private final RegistrationBackupRepository registrations;

	private final AuditLog audit;

	RegistrationBackups(RegistrationBackupRepository registrations, AuditLog audit) {
		this.registrations = registrations;
		this.audit = audit;
	}

	/** The event's registrations for its ticket types, in the order they were made. */
	@Transactional(readOnly = true)
	public List<BackedUpRegistration> registrations(long eventId) {
		return registrations.ofEvent(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a reference another registration has, a second active registration of
	 * the account)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpRegistration registration) {
		registrations.insert(event.id(), registration);
		audit.record(new AuditEntry(event.id(), null, systemActor, "registration", registration.reference(), "restored",
				null, Map.of("status", registration.status()), null));
	}

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return registrations.notInEventFile(eventId);
	}

}
