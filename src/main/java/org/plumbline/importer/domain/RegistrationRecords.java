package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.importer.domain.EventFileContent.FilePass;
import org.plumbline.importer.domain.EventFileContent.FilePassQuota;
import org.plumbline.importer.domain.EventFileContent.FilePlacement;
import org.plumbline.importer.domain.EventFileContent.FileRegistration;
import org.plumbline.importer.domain.EventFileContent.FileWaitingList;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.BackedUpWaitingList.Placement;
import org.plumbline.registration.RegistrationBackups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes back what an event data file carries of the registration desk: the MCs' pass
 * quotas and passes, the registration form's questions, the registrations made for ticket
 * types and with passes with their answers, and the waiting-list tiers with their hand
 * placements, each where the database refuses it reported at its place in the file. Part
 * of {@link EventFileImporter}'s one transaction.
 */
@Component
class RegistrationRecords {

	private final RegistrationBackups backups;

	RegistrationRecords(RegistrationBackups backups) {
		this.backups = backups;
	}

	/**
	 * Stores the MCs' own numbers of passes and the passes.
	 * @return the passes' ids, in the file's order
	 */
	List<Long> passes(Event event, EventFileContent content, Map<String, Long> microconferenceIds,
			Map<String, Long> accountIds) {
		List<FilePassQuota> quotas = content.passQuotas();
		for (int i = 0; i < quotas.size(); i++) {
			FilePassQuota quota = quotas.get(i);
			try {
				backups.restoreQuota(event, TimetableImport.ACTOR, microconferenceIds.get(quota.microconference()),
						quota.passes());
			}
			catch (DataIntegrityViolationException ex) {
				throw EventFileRecords.refused(content, "/passQuotas/" + i, "number of passes", ex);
			}
		}
		List<Long> ids = new ArrayList<>();
		List<FilePass> passes = content.passes();
		for (int i = 0; i < passes.size(); i++) {
			FilePass file = passes.get(i);
			Pass read = file.pass();
			try {
				ids.add(backups.restorePass(event, TimetableImport.ACTOR,
						new Pass(0, microconferenceIds.get(file.microconference()), read.label(), read.email(),
								EventFileRecords.accountId(accountIds, file.assignedBy()), read.assignedAt(),
								read.usedAt(), read.revokedAt())));
			}
			catch (DataIntegrityViolationException ex) {
				throw EventFileRecords.refused(content, "/passes/" + i, "pass", ex);
			}
		}
		return ids;
	}

	/**
	 * Stores the registration form's questions, then the registrations with their
	 * answers.
	 * @param ticketTypeIds the ticket types' ids, in the file's order
	 * @param passIds the passes' ids, in the file's order
	 */
	void registrations(Event event, EventFileContent content, List<Long> ticketTypeIds, List<Long> passIds,
			Map<String, Long> accountIds) {
		List<Long> questionIds = new ArrayList<>();
		for (BackedUpFormQuestion question : content.registrationQuestions()) {
			questionIds.add(backups.restoreFormQuestion(event, TimetableImport.ACTOR, question));
		}
		List<FileRegistration> registrations = content.registrations();
		for (int i = 0; i < registrations.size(); i++) {
			FileRegistration file = registrations.get(i);
			BackedUpRegistration read = file.registration();
			try {
				backups.restore(event, TimetableImport.ACTOR,
						new BackedUpRegistration(
								file.ticketType() == null ? null : ticketTypeIds.get(file.ticketType() - 1),
								file.pass() == null ? null : passIds.get(file.pass() - 1),
								EventFileRecords.accountId(accountIds, file.account()), read.reference(),
								read.arrival(), read.status(), read.priceMinor(), read.currency(), read.paymentDueAt(),
								read.paidAt(), read.amountReceivedMinor(),
								EventFileRecords.accountId(accountIds, file.paidBy()), read.refundDue(),
								read.offeredAt(), read.offerExpiresAt(), read.offerRemindedAt(), read.endedAt(),
								read.joinedLine(), read.createdAt(), read.updatedAt()),
						answers(file, questionIds));
			}
			catch (DataIntegrityViolationException ex) {
				throw EventFileRecords.refused(content, "/registrations/" + i, "registration", ex);
			}
		}
	}

	private static Map<Long, String> answers(FileRegistration registration, List<Long> questionIds) {
		Map<Long, String> answers = new HashMap<>();
		registration.answers().forEach(answer -> answers.put(questionIds.get(answer.question() - 1), answer.answer()));
		return answers;
	}

	/** Stores the file's waiting-list tiers and hand placements, if it has them. */
	void waitingList(Event event, EventFileContent content, Map<String, Long> accountIds) {
		FileWaitingList list = content.waitingList();
		if (list == null) {
			return;
		}
		List<Placement> placements = new ArrayList<>();
		for (FilePlacement placement : list.placements()) {
			placements.add(new Placement(EventFileRecords.accountId(accountIds, placement.account()), placement.tier(),
					EventFileRecords.accountId(accountIds, placement.placedBy()), placement.placedAt(),
					placement.reason()));
		}
		try {
			backups.restoreWaitingList(event, TimetableImport.ACTOR,
					new BackedUpWaitingList(list.updatedAt(), list.tiers(), placements));
		}
		catch (DataIntegrityViolationException ex) {
			throw EventFileRecords.refused(content, "/waitingList", "waiting list", ex);
		}
	}

}
