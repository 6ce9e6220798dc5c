package org.plumbline.mail.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.plumbline.mail.MailStatus;
import org.plumbline.mail.OutboxMessage;
import org.plumbline.mail.OutgoingMail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
public class MailOutboxRepository {

	/** The longest error text stored (the column's size). */
	public static final int MAX_ERROR_LENGTH = 2000;

	private static final String COLUMNS = """
			id, message_id, event_id, purpose, subject_type, subject_id, recipient, mail_subject, text_body,
			html_body, status, attempts, next_attempt_at, created_at, sent_at, last_error""";

	private static final RowMapper<OutboxMessage> MESSAGE = MailOutboxRepository::message;

	private final JdbcClient jdbc;

	MailOutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending message; {@code draftKey} may be {@code null}.
	 * @throws org.springframework.dao.DuplicateKeyException if a pending draft with the
	 * same key exists (a concurrent enqueue inserted it first)
	 */
	public long insert(String messageId, OutgoingMail mail, String draftKey, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient,
				    mail_subject, text_body, html_body, status, attempts, next_attempt_at, created_at, draft_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
			.params(messageId, mail.eventId(), mail.purpose(), mail.subjectType(), mail.subjectId(), mail.recipient(),
					mail.subject(), mail.textBody(), mail.htmlBody(), utc(now), utc(now), draftKey)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Gives the pending draft with this key new content and a fresh start, due now.
	 * @return its Message-ID, or empty if there is no pending draft with this key
	 */
	public Optional<String> replaceDraft(String draftKey, OutgoingMail mail, Instant now) {
		int updated = jdbc.sql("""
				UPDATE mail_outbox SET event_id = ?, recipient = ?, mail_subject = ?, text_body = ?, html_body = ?,
				    attempts = 0, next_attempt_at = ?, created_at = ?, last_error = NULL, version = version + 1
				WHERE draft_key = ? AND status = 'PENDING'""")
			.params(mail.eventId(), mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(), utc(now),
					utc(now), draftKey)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT message_id FROM mail_outbox WHERE draft_key = ?")
			.param(draftKey)
			.query(String.class)
			.optional();
	}

	/**
	 * Claims up to {@code limit} due messages in the calling (short) transaction: pending
	 * ones that are due, and sending ones whose lease has expired. They become
	 * {@code SENDING} until {@code leaseUntil}, and lose their draft key, so that a later
	 * enqueue queues a new message instead of changing one that is being sent. Rows
	 * another transaction is claiming are skipped, not waited for.
	 * <p>
	 * The statement has no {@code ORDER BY}: H2 (2.5) locks every row it reads before it
	 * sorts and cuts the result, so {@code ORDER BY id FETCH FIRST n ... FOR UPDATE SKIP
	 * LOCKED} locked all due rows there and a second instance found none (PostgreSQL
	 * locks only the rows returned). Without it both lock only the rows returned; the
	 * order inside a batch is restored here, and the worker drains every due row each
	 * run, so which due rows come first does not matter.
	 */
	public List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
		List<Long> ids = jdbc.sql("""
				SELECT id FROM mail_outbox
				WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until <= ?)
				FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
			.params(utc(now), utc(now), limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENDING', lease_until = :leaseUntil, draft_key = NULL,
				    version = version + 1
				WHERE id IN (:ids)""").param("leaseUntil", utc(leaseUntil)).param("ids", ids).update();
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id IN (:ids)")
			.param("ids", ids)
			.query(MESSAGE)
			.stream()
			.sorted(Comparator.comparingLong(OutboxMessage::id))
			.toList();
	}

	/** Marks a message that this worker was sending as sent. */
	public void markSent(long id, Instant now) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL,
				    lease_until = NULL, version = version + 1
				WHERE id = ? AND status = 'SENDING'""").params(utc(now), id).update();
	}

	/** Puts a message that this worker failed to send back to pending, or fails it. */
	public void markAttemptFailed(long id, int attempts, MailStatus status, Instant nextAttemptAt, String error) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
				    lease_until = NULL, version = version + 1
				WHERE id = ? AND status = 'SENDING'""")
			.params(status.name(), attempts, utc(nextAttemptAt), truncate(error), id)
			.update();
	}

	/**
	 * Queues a copy of a sent or failed message as a new pending message, due now, with
	 * the given Message-ID and no draft key; the original keeps its status.
	 * @return false if there is no sent or failed message with this id
	 */
	public boolean insertCopy(long id, String messageId, Instant now) {
		return jdbc.sql("""
				INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient,
				    mail_subject, text_body, html_body, status, attempts, next_attempt_at, created_at)
				SELECT ?, event_id, purpose, subject_type, subject_id, recipient, mail_subject, text_body,
				    html_body, 'PENDING', 0, ?, ?
				FROM mail_outbox WHERE id = ? AND status IN ('SENT', 'FAILED')""")
			.params(messageId, utc(now), utc(now), id)
			.update() == 1;
	}

	public Optional<OutboxMessage> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?").param(id).query(MESSAGE).optional();
	}

	/** The newest messages first, all or those of one status. */
	public List<OutboxMessage> list(MailStatus status, int limit) {
		if (status == null) {
			return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
				.param(limit)
				.query(MESSAGE)
				.list();
		}
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE status = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
			.params(status.name(), limit)
			.query(MESSAGE)
			.list();
	}

	static String truncate(String error) {
		if (error == null || error.length() <= MAX_ERROR_LENGTH) {
			return error;
		}
		return error.substring(0, MAX_ERROR_LENGTH);
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("message_id"), rs.getObject("event_id", Long.class),
				rs.getString("purpose"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("recipient"), rs.getString("mail_subject"), rs.getString("text_body"),
				rs.getString("html_body"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "sent_at"),
				rs.getString("last_error"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
