package org.plumbline.registration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpWaitingList.Placement;
import org.plumbline.registration.BackedUpWaitingList.Tier;
import org.plumbline.registration.domain.PassBackupRepository;
import org.plumbline.registration.domain.PassRepository;
import org.plumbline.registration.domain.RegistrationBackupRepository;
import org.plumbline.registration.domain.RegistrationQuestionRepository;
import org.plumbline.registration.domain.WaitingListBackupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's registrations, MC passes and waiting-list tiers, for its backup in an event
 * data file, and written back as they were: each registration keeps its reference, its
 * place in its type's line or its pass, its status, payment and offer, and the tiers and
 * hand placements come back with it, so the places taken, the passes left and the waiting
 * order are those of the backup, and so do the event's rules of registration and its bank
 * statements, each payment recorded from one linked to it again. A restore tells history:
 * no offer is made or expired, no statement applied, and nobody is mailed.
 */
@Service
public class RegistrationBackups {

	private final RegistrationBackupRepository registrations;

	private final PassBackupRepository passes;

	private final PassRepository quotas;

	private final WaitingListBackupRepository waitingLists;

	private final RegistrationQuestionRepository formQuestions;

	private final AccountPersons accounts;

	private final AuditLog audit;

	RegistrationBackups(RegistrationBackupRepository registrations, PassBackupRepository passes, PassRepository quotas,
			WaitingListBackupRepository waitingLists, RegistrationQuestionRepository formQuestions,
			AccountPersons accounts, AuditLog audit) {
		this.formQuestions = formQuestions;
		this.registrations = registrations;
		this.passes = passes;
		this.quotas = quotas;
		this.waitingLists = waitingLists;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The event's registrations, in the order they were made. */
	@Transactional(readOnly = true)
	public List<BackedUpRegistration> registrations(long eventId) {
		return registrations.ofEvent(eventId);
	}

	/**
	 * @param formAnswers its answers to the event's form, by question id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a reference another registration has, a second active registration of
	 * the account)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpRegistration registration,
			Map<Long, String> formAnswers) {
		long id = registrations.insert(event.id(), registration);
		formAnswers.forEach((questionId, answer) -> registrations.insertFormAnswer(id, questionId, answer));
		audit.record(new AuditEntry(event.id(), null, systemActor, "registration", registration.reference(), "restored",
				null, Map.of("status", registration.status()), null));
	}

	/**
	 * The questions of the event's registration form, retired ones included, in order.
	 */
	@Transactional(readOnly = true)
	public List<BackedUpFormQuestion> formQuestions(long eventId) {
		return registrations.formQuestions(eventId);
	}

	/**
	 * The answers the event's registrations gave to its form: by the registration's
	 * reference, then by question id.
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<Long, String>> formAnswers(long eventId) {
		return registrations.formAnswers(eventId);
	}

	/**
	 * Adds the question after the form's others, retired at its instant if it was.
	 * @return its id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restoreFormQuestion(Event event, String systemActor, BackedUpFormQuestion question) {
		long id = formQuestions.insert(RegistrationQuestionRepository.owner(event.id()), question.definition());
		if (question.retiredAt() != null) {
			formQuestions.retire(id, 0, question.retiredAt());
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "registration-question", Long.toString(id),
				"restored", null, Map.of("label", question.definition().label()), null));
		return id;
	}

	/** The event's MCs' own numbers of passes, and its passes in the order given. */
	@Transactional(readOnly = true)
	public BackedUpPasses passes(long eventId) {
		return passes.ofEvent(eventId);
	}

	/**
	 * Sets the MC's own number of passes.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a second number for the MC, one out of range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreQuota(Event event, String systemActor, long microconferenceId, int passCount) {
		passes.insertQuota(event.id(), microconferenceId, passCount);
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-passes", Long.toString(microconferenceId),
				"restored", null, Map.of("passes", passCount), null));
	}

	/**
	 * Gives the pass back to its address as it was given, used or revoked; its MC's
	 * number of passes is the event's default unless {@link #restoreQuota} set one first.
	 * @return the pass's id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a second live pass of one address, one both used and revoked)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restorePass(Event event, String systemActor, Pass pass) {
		String key = accounts.addressKey(pass.email())
			.orElseThrow(() -> new IllegalArgumentException("Not an email address: " + pass.email()));
		if (quotas.quota(pass.microconferenceId()).isEmpty()) {
			passes.insertQuota(event.id(), pass.microconferenceId(), null);
		}
		long id = passes.insert(event.id(), pass, key);
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-pass", Long.toString(id), "restored", null,
				Map.of("pass", pass.label(), "used", pass.usedAt() != null, "revoked", pass.revokedAt() != null),
				null));
		return id;
	}

	/**
	 * The waiting-list tiers the event saved and its hand placements, if it saved them.
	 */
	@Transactional(readOnly = true)
	public Optional<BackedUpWaitingList> waitingList(long eventId) {
		return waitingLists.ofEvent(eventId);
	}

	/**
	 * Saves the event's tiers and places people in them by hand as the backup holds them.
	 * A placement names its tier by that tier's id in {@code list}, which is not stored:
	 * the tiers get new ids.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the event has saved tiers, two tiers share a place, an account is
	 * placed twice)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreWaitingList(Event event, String systemActor, BackedUpWaitingList list) {
		waitingLists.insertList(event.id(), list.updatedAt());
		Map<Long, Long> tierIds = new HashMap<>();
		for (Tier tier : list.tiers()) {
			tierIds.put(tier.id(), waitingLists.insertTier(event.id(), tier));
		}
		for (Placement placement : list.placements()) {
			waitingLists.insertPlacement(event.id(), new Placement(placement.accountId(),
					tierIds.get(placement.tierId()), placement.placedBy(), placement.placedAt(), placement.reason()));
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "waiting-tiers", event.slug(), "restored", null,
				Map.of("tiers", list.tiers().size(), "placements", list.placements().size()), null));
	}

	/** The event's registration rules, if it saved any. */
	@Transactional(readOnly = true)
	public Optional<BackedUpRegistrationSettings> settings(long eventId) {
		return registrations.settings(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses them (the event has settings, a number out of its range)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreSettings(Event event, String systemActor, BackedUpRegistrationSettings settings) {
		registrations.insertSettings(event.id(), settings);
		Map<String, Object> restored = new LinkedHashMap<>();
		restored.put("cancelUntil",
				settings.cancelUntil() == null ? "when the event starts" : settings.cancelUntil().toString());
		restored.put("paymentDays", settings.paymentDays());
		restored.put("offerHours", settings.offerHours());
		restored.put("passesPerMicroconference", settings.passesPerMicroconference());
		restored.put("bankDetails", settings.bankDetails());
		audit.record(new AuditEntry(event.id(), null, systemActor, "registration-settings", Long.toString(event.id()),
				"restored", null, restored, null));
	}

	/** The event's bank statements, the first uploaded first. */
	@Transactional(readOnly = true)
	public List<BackedUpBankStatement> bankStatements(long eventId) {
		return registrations.statements(eventId);
	}

	/**
	 * Writes the statement back as it was uploaded and applied; its text stays as the
	 * payers wrote it, shown only as text.
	 * @return its id, for the registrations it paid
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (applied without its count, or the other way round)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restoreStatement(Event event, String systemActor, BackedUpBankStatement statement) {
		long id = registrations.insertStatement(event.id(), statement);
		Map<String, Object> restored = new LinkedHashMap<>();
		restored.put("fileName", statement.fileName());
		restored.put("applied", statement.appliedAt() != null);
		restored.put("recorded", statement.appliedCount() == null ? 0 : statement.appliedCount());
		audit.record(new AuditEntry(event.id(), null, systemActor, "bank-statement", Long.toString(id), "restored",
				null, restored, null));
		return id;
	}

}
