package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.importer.domain.EventFileContent.FilePlacement;
import org.plumbline.importer.domain.EventFileContent.FileRegistration;
import org.plumbline.importer.domain.EventFileContent.FileWaitingList;
import org.plumbline.registration.BackedUpBankStatement;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.BackedUpWaitingList.Placement;
import org.plumbline.registration.RegistrationBackups;
import org.springframework.stereotype.Component;

/**
 * Writes back what an event data file carries of the registration desk: the MCs' pass
 * quotas and passes, the bank statements, the registration form's questions, the
 * registrations made for ticket types and with passes with their answers, and the
 * waiting-list tiers with their hand placements, each where the database refuses it
 * reported at its place in the file. Part of {@link EventFileImporter}'s one transaction.
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
		EventFileRecords.each(content, content.passQuotas(), "passQuotas", "number of passes",
				quota -> backups.restoreQuota(event, TimetableImport.ACTOR,
						microconferenceIds.get(quota.microconference()), quota.passes()));
		List<Long> ids = new ArrayList<>();
		EventFileRecords.each(content, content.passes(), "passes", "pass", file -> {
			Pass read = file.pass();
			ids.add(backups.restorePass(event, TimetableImport.ACTOR,
					new Pass(0, microconferenceIds.get(file.microconference()), read.label(), read.email(),
							EventFileRecords.accountId(accountIds, file.assignedBy()), read.assignedAt(), read.usedAt(),
							read.revokedAt())));
		});
		return ids;
	}

	/**
	 * Stores the bank statements as uploaded and applied.
	 * @return their ids, in the file's order
	 */
	List<Long> bankStatements(Event event, EventFileContent content, Map<String, Long> accountIds) {
		List<Long> ids = new ArrayList<>();
		EventFileRecords.each(content, content.bankStatements(), "bankStatements", "bank statement", file -> {
			BackedUpBankStatement read = file.statement();
			ids.add(backups.restoreStatement(event, TimetableImport.ACTOR, new BackedUpBankStatement(0, read.fileName(),
					read.content(), EventFileRecords.accountId(accountIds, file.uploadedBy()), read.uploadedAt(),
					EventFileRecords.accountId(accountIds, file.appliedBy()), read.appliedAt(), read.appliedCount())));
		});
		return ids;
	}

	/**
	 * Stores the registration form's questions, then the registrations with their
	 * answers.
	 * @param ticketTypeIds the ticket types' ids, in the file's order
	 * @param passIds the passes' ids, in the file's order
	 * @param statementIds the bank statements' ids, in the file's order
	 */
	void registrations(Event event, EventFileContent content, List<Long> ticketTypeIds, List<Long> passIds,
			List<Long> statementIds, Map<String, Long> accountIds) {
		List<Long> questionIds = new ArrayList<>();
		for (BackedUpFormQuestion question : content.registrationQuestions()) {
			questionIds.add(backups.restoreFormQuestion(event, TimetableImport.ACTOR, question));
		}
		EventFileRecords.each(content, content.registrations(), "registrations", "registration", file -> {
			BackedUpRegistration read = file.registration();
			backups.restore(event, TimetableImport.ACTOR,
					new BackedUpRegistration(
							file.ticketType() == null ? null : ticketTypeIds.get(file.ticketType() - 1),
							file.pass() == null ? null : passIds.get(file.pass() - 1),
							EventFileRecords.accountId(accountIds, file.account()), read.reference(), read.arrival(),
							read.status(), read.priceMinor(), read.currency(), read.paymentDueAt(), read.paidAt(),
							read.amountReceivedMinor(), EventFileRecords.accountId(accountIds, file.paidBy()),
							file.paidByStatement() == null ? null : statementIds.get(file.paidByStatement() - 1),
							read.refundDue(), read.offeredAt(), read.offerExpiresAt(), read.offerRemindedAt(),
							read.endedAt(), read.joinedLine(), read.createdAt(), read.updatedAt()),
					answers(file, questionIds));
		});
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
		EventFileRecords.one(content, "/waitingList", "waiting list", () -> backups.restoreWaitingList(event,
				TimetableImport.ACTOR, new BackedUpWaitingList(list.updatedAt(), list.tiers(), placements)));
	}

}
