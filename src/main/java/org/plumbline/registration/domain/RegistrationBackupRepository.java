package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.question.QuestionStore;
import org.plumbline.registration.BackedUpBankStatement;
import org.plumbline.registration.BackedUpFormQuestion;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpRegistrationSettings;
import org.plumbline.registration.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * An event's registrations, for its ticket types and with its MC passes, and its bank
 * statements, read and written whole, for its backup.
 */
@Repository
public class RegistrationBackupRepository {

	private final JdbcClient jdbc;

	private final ChangeCountRepository counts;

	RegistrationBackupRepository(JdbcClient jdbc, ChangeCountRepository counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** The event's registrations, in the order they were made. */
	public List<BackedUpRegistration> ofEvent(long eventId) {
		return jdbc
			.sql("""
					SELECT ticket_type_id, pass_id, account_id, reference, arrival, status, price_minor, currency, payment_due_at,
					       paid_at, amount_received_minor, paid_by_account_id, paid_by_statement_id, refund_due, offered_at,
					       offer_expires_at, offer_reminded_at, ended_at, joined_line, created_at, updated_at
					FROM registration WHERE event_id = ? ORDER BY id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpRegistration(rs.getObject("ticket_type_id", Long.class),
					rs.getObject("pass_id", Long.class), rs.getLong("account_id"), rs.getString("reference"),
					rs.getLong("arrival"), rs.getString("status"), rs.getLong("price_minor"), rs.getString("currency"),
					instant(rs, "payment_due_at"), instant(rs, "paid_at"),
					rs.getObject("amount_received_minor", Long.class), rs.getObject("paid_by_account_id", Long.class),
					rs.getObject("paid_by_statement_id", Long.class), rs.getBoolean("refund_due"),
					instant(rs, "offered_at"), instant(rs, "offer_expires_at"), instant(rs, "offer_reminded_at"),
					instant(rs, "ended_at"), rs.getBoolean("joined_line"), instant(rs, "created_at"),
					instant(rs, "updated_at")))
			.list();
	}

	/**
	 * Writes the registration back and counts one for a ticket type in its type as the
	 * registration desk would have: its arrival numbered, its place taken if it holds
	 * one, so that the next registration after a restore is numbered after it and finds
	 * the places left. One made with a pass takes no place.
	 */
	public long insert(long eventId, BackedUpRegistration registration) {
		RegistrationStatus status = RegistrationStatus.valueOf(registration.status());
		boolean ended = !status.active();
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO registration (event_id, ticket_type_id, pass_id, account_id, active_account_id, reference,
						    arrival, status, price_minor, currency, payment_due_at, paid_at, amount_received_minor,
						    paid_by_account_id, paid_by_statement_id, refund_due, offered_at, offer_expires_at, offer_reminded_at,
						    ended_at, joined_line, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, registration.ticketTypeId(), registration.passId(), registration.accountId(),
					ended ? null : registration.accountId(), registration.reference(), registration.arrival(),
					registration.status(), registration.priceMinor(), registration.currency(),
					utc(registration.paymentDueAt()), utc(registration.paidAt()), registration.amountReceivedMinor(),
					registration.paidByAccountId(), registration.paidByStatementId(), registration.refundDue(),
					utc(registration.offeredAt()), utc(registration.offerExpiresAt()),
					utc(registration.offerRemindedAt()), utc(registration.endedAt()), registration.joinedLine(),
					utc(registration.createdAt()), utc(registration.updatedAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		if (registration.ticketTypeId() == null) {
			return id;
		}
		counts.made(eventId, registration.ticketTypeId(),
				List.of(new ChangeCountRepository.Story(eventId, registration.ticketTypeId(), registration.joinedLine(),
						registration.createdAt(), registration.offeredAt(), registration.endedAt())));
		jdbc.sql("""
				UPDATE ticket_type SET arrivals = GREATEST(arrivals, ?), places_taken = places_taken + ?
				WHERE id = ? AND event_id = ?""")
			.params(registration.arrival(), status.holdsPlace() ? 1 : 0, registration.ticketTypeId(), eventId)
			.update();
		return id;
	}

	/**
	 * The questions of the event's registration form, retired ones included, in order.
	 */
	public List<BackedUpFormQuestion> formQuestions(long eventId) {
		return jdbc.sql("""
				SELECT id, kind, label, help, options, required, retired_at FROM registration_question
				WHERE event_id = ? ORDER BY position""")
			.param(eventId)
			.query((rs, row) -> new BackedUpFormQuestion(rs.getLong("id"), QuestionStore.definition(rs),
					instant(rs, "retired_at")))
			.list();
	}

	/**
	 * The event's registrations' answers to its form: by reference, then by question id.
	 */
	public Map<String, Map<Long, String>> formAnswers(long eventId) {
		Map<String, Map<Long, String>> answers = new HashMap<>();
		jdbc.sql("""
				SELECT r.reference, a.question_id, a.answer FROM registration_answer a
				JOIN registration r ON r.id = a.registration_id WHERE r.event_id = ?""").param(eventId).query(rs -> {
			answers.computeIfAbsent(rs.getString("reference"), reference -> new HashMap<>())
				.put(rs.getLong("question_id"), rs.getString("answer"));
		});
		return answers;
	}

	public void insertFormAnswer(long registrationId, long questionId, String answer) {
		jdbc.sql("INSERT INTO registration_answer (registration_id, question_id, answer) VALUES (?, ?, ?)")
			.params(registrationId, questionId, answer)
			.update();
	}

	public Optional<BackedUpRegistrationSettings> settings(long eventId) {
		return jdbc.sql("""
				SELECT cancel_until, payment_days, offer_hours, passes_per_mc, bank_details, updated_at
				FROM registration_settings WHERE event_id = ?""")
			.param(eventId)
			.query((rs, row) -> new BackedUpRegistrationSettings(instant(rs, "cancel_until"), rs.getInt("payment_days"),
					rs.getInt("offer_hours"), rs.getInt("passes_per_mc"), rs.getString("bank_details"),
					instant(rs, "updated_at")))
			.optional();
	}

	/**
	 * Stores the settings at version 1, as a first save does, so that a form opened on
	 * the defaults is stale after them.
	 */
	public void insertSettings(long eventId, BackedUpRegistrationSettings settings) {
		jdbc.sql("""
				INSERT INTO registration_settings (event_id, cancel_until, payment_days, offer_hours, passes_per_mc,
				                                   bank_details, version, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 1, ?)""")
			.params(eventId, utc(settings.cancelUntil()), settings.paymentDays(), settings.offerHours(),
					settings.passesPerMicroconference(), settings.bankDetails(), utc(settings.updatedAt()))
			.update();
	}

	/**
	 * The event's bank statements, the first uploaded first, their text as uploaded.
	 */
	public List<BackedUpBankStatement> statements(long eventId) {
		return jdbc.sql("""
				SELECT id, file_name, content, uploaded_by, uploaded_at, applied_by, applied_at, applied_count
				FROM bank_statement WHERE event_id = ? ORDER BY uploaded_at, id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpBankStatement(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content"), rs.getObject("uploaded_by", Long.class), instant(rs, "uploaded_at"),
					rs.getObject("applied_by", Long.class), instant(rs, "applied_at"),
					rs.getObject("applied_count", Integer.class)))
			.list();
	}

	/**
	 * Stores the statement as uploaded, and as applied if it was.
	 * @return its id
	 */
	public long insertStatement(long eventId, BackedUpBankStatement statement) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO bank_statement (event_id, file_name, content, uploaded_by, uploaded_at, applied_by, applied_at,
						                            applied_count)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, statement.fileName(), statement.content(), statement.uploadedBy(),
					utc(statement.uploadedAt()), statement.appliedBy(), utc(statement.appliedAt()),
					statement.appliedCount())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
