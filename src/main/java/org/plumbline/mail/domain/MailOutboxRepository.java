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

	public long insert(String messageId, OutgoingMail mail, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient,
				    mail_subject, text_body, html_body, status, attempts, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(messageId, mail.eventId(), mail.purpose(), mail.subjectType(), mail.subjectId(), mail.recipient(),
					mail.subject(), mail.textBody(), mail.htmlBody(), utc(now), utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Locks the pending drafts for the same subject, purpose and recipient, waiting for a
	 * worker that is sending one of them; a draft that the worker marked sent meanwhile
	 * is no longer found.
	 */
	public List<PendingDraft> lockPendingDrafts(OutgoingMail mail) {
		return jdbc.sql("""
				SELECT id, message_id FROM mail_outbox
				WHERE subject_type = ? AND subject_id = ? AND purpose = ? AND recipient = ? AND status = 'PENDING'
				ORDER BY id FOR UPDATE""")
			.params(mail.subjectType(), mail.subjectId(), mail.purpose(), mail.recipient())
			.query((rs, row) -> new PendingDraft(rs.getLong("id"), rs.getString("message_id")))
			.list();
	}

	/** Gives a pending draft new content and a fresh start. */
	public void replaceDraft(long id, OutgoingMail mail, Instant now) {
		jdbc.sql("""
				UPDATE mail_outbox SET event_id = ?, mail_subject = ?, text_body = ?, html_body = ?, attempts = 0,
				    next_attempt_at = ?, created_at = ?, last_error = NULL, version = version + 1
				WHERE id = ? AND status = 'PENDING'""")
			.params(mail.eventId(), mail.subject(), mail.textBody(), mail.htmlBody(), utc(now), utc(now), id)
			.update();
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM mail_outbox WHERE id = ?").param(id).update();
	}

	/**
	 * Claims up to {@code limit} due messages for the calling transaction, oldest row
	 * first: the rows stay locked until it ends, and rows another transaction holds are
	 * skipped, not waited for.
	 * <p>
	 * The statement has no {@code ORDER BY}: H2 (2.5) locks every row it reads before it
	 * sorts and cuts the result, so {@code ORDER BY id FETCH FIRST n ... FOR UPDATE SKIP
	 * LOCKED} locked all due rows there and a second instance found none (PostgreSQL
	 * locks only the rows returned). Without it both lock only the rows returned; the
	 * order inside a batch is restored here, and the worker drains every due row each
	 * run, so which due rows come first does not matter.
	 */
	public List<OutboxMessage> claimDue(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?
				FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
			.params(utc(now), limit)
			.query(MESSAGE)
			.stream()
			.sorted(Comparator.comparingLong(OutboxMessage::id))
			.toList();
	}

	public void markSent(long id, Instant now) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL,
				    version = version + 1
				WHERE id = ?""").params(utc(now), id).update();
	}

	public void markAttemptFailed(long id, int attempts, MailStatus status, Instant nextAttemptAt, String error) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
				    version = version + 1
				WHERE id = ?""").params(status.name(), attempts, utc(nextAttemptAt), truncate(error), id).update();
	}

	/** Puts a sent or failed message back in the queue; false if there is no such one. */
	public boolean requeue(long id, Instant now) {
		return jdbc.sql("""
				UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, sent_at = NULL,
				    last_error = NULL, version = version + 1
				WHERE id = ? AND status IN ('SENT', 'FAILED')""").params(utc(now), id).update() == 1;
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

	/** A pending draft found for replacement. */
	public record PendingDraft(long id, String messageId) {
	}

}
