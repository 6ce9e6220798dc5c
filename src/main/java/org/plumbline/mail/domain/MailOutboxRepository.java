package org.plumbline.mail.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.mail.MailStatus;
import org.plumbline.mail.OutboxMessage;
import org.plumbline.mail.OutboxScope;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.mail.RenderedMail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
public class MailOutboxRepository {

	/** The longest error text stored (the column's size). */
	public static final int MAX_ERROR_LENGTH = 2000;

	/**
	 * The columns of a message as the pages show it: the shown text where one is stored,
	 * else the text as sent, which then withholds nothing.
	 */
	private static final String COLUMNS = """
			id, message_id, event_id, purpose, subject_type, subject_id, recipient,
			COALESCE(shown_subject, mail_subject) AS subject_shown, COALESCE(shown_text_body, text_body) AS text_shown,
			CASE WHEN shown_text_body IS NULL THEN 0 ELSE 1 END AS secrets_withheld,
			status, attempts, next_attempt_at, created_at, sent_at, last_error""";

	private static final RowMapper<OutboxMessage> MESSAGE = MailOutboxRepository::message;

	private static final RowMapper<QueuedMail> QUEUED = (rs, row) -> new QueuedMail(rs.getLong("id"),
			rs.getString("message_id"), rs.getString("recipient"), rs.getString("mail_subject"),
			rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts"), instant(rs, "lease_until"));

	private final JdbcClient jdbc;

	MailOutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending message under a draft key, which it keeps (as
	 * {@code queued_draft_key}) to regain after a failed attempt. Its shown subject and
	 * text are stored only when they differ from those sent.
	 * @throws org.springframework.dao.DuplicateKeyException if a pending draft with the
	 * same key exists (a concurrent enqueue inserted it first)
	 */
	public long insert(String messageId, OutgoingMail mail, String draftKey, Instant now) {
		return insert(messageId, mail, MailStatus.PENDING, draftKey, now);
	}

	/**
	 * Inserts a message that is never to be sent ({@link MailStatus#WITHHELD}), kept for
	 * the outbox pages as any other; without a draft key, since it never waits to be
	 * replaced.
	 */
	public long insertWithheld(String messageId, OutgoingMail mail, Instant now) {
		return insert(messageId, mail, MailStatus.WITHHELD, null, now);
	}

	private long insert(String messageId, OutgoingMail mail, MailStatus status, String draftKey, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient,
				    mail_subject, text_body, html_body, shown_subject, shown_text_body, status, attempts,
				    next_attempt_at, created_at, draft_key, queued_draft_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(messageId, mail.eventId(), mail.purpose(), mail.subjectType(), mail.subjectId(), mail.recipient(),
					mail.subject(), mail.textBody(), mail.htmlBody(), mail.shownSubject(), mail.shownTextBody(),
					status.name(), utc(now), utc(now), draftKey, draftKey)
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
				    shown_subject = ?, shown_text_body = ?, attempts = 0, next_attempt_at = ?, created_at = ?,
				    last_error = NULL, version = version + 1
				WHERE draft_key = ? AND status = 'PENDING'""")
			.params(mail.eventId(), mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(),
					mail.shownSubject(), mail.shownTextBody(), utc(now), utc(now), draftKey)
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
	 * enqueue queues a new message instead of changing one that is being sent (see
	 * {@link #regainDraftKey} for the way back). Rows another transaction is claiming are
	 * skipped, not waited for.
	 * <p>
	 * The statement has no {@code ORDER BY}: H2 (2.5) locks every row it reads before it
	 * sorts and cuts the result, so {@code ORDER BY id FETCH FIRST n ... FOR UPDATE SKIP
	 * LOCKED} locked all due rows there and a second instance found none (PostgreSQL
	 * locks only the rows returned). Without it both lock only the rows returned; the
	 * order inside a batch is restored here, and the worker drains every due row each
	 * run, so which due rows come first does not matter.
	 */
	public List<QueuedMail> claimDue(Instant now, int limit, Instant leaseUntil) {
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
		return jdbc.sql("""
				SELECT id, message_id, recipient, mail_subject, text_body, html_body, attempts, lease_until
				FROM mail_outbox WHERE id IN (:ids)""")
			.param("ids", ids)
			.query(QUEUED)
			.stream()
			.sorted(Comparator.comparingLong(QueuedMail::id))
			.toList();
	}

	/**
	 * Marks a message that this worker was sending as sent by the named instance.
	 * @return whether the worker's claim still held it (no other worker claimed it again)
	 */
	public boolean markSent(QueuedMail claimed, Instant now, String sentBy) {
		return jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, sent_by = ?,
				    last_error = NULL, lease_until = NULL, version = version + 1
				WHERE id = ? AND status = 'SENDING' AND lease_until = ?""")
			.params(utc(now), sentBy, claimed.id(), utc(claimed.leaseUntil()))
			.update() == 1;
	}

	/**
	 * Puts a message that this worker failed to send back to pending, or fails it.
	 * @return whether the worker's claim still held it (no other worker claimed it again)
	 */
	public boolean markAttemptFailed(QueuedMail claimed, int attempts, MailStatus status, Instant nextAttemptAt,
			String error) {
		return jdbc.sql("""
				UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
				    lease_until = NULL, version = version + 1
				WHERE id = ? AND status = 'SENDING' AND lease_until = ?""")
			.params(status.name(), attempts, utc(nextAttemptAt), truncate(error), claimed.id(),
					utc(claimed.leaseUntil()))
			.update() == 1;
	}

	/**
	 * Puts messages that this worker claimed but could not try (the SMTP server was
	 * unreachable) back to pending, without counting an attempt.
	 * @return those that the worker's claim still held
	 */
	public List<QueuedMail> releaseUntried(List<QueuedMail> claimed, Instant nextAttemptAt, String error) {
		return claimed.stream()
			.filter(message -> jdbc.sql("""
					UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?,
					    lease_until = NULL, version = version + 1
					WHERE id = ? AND status = 'SENDING' AND lease_until = ?""")
				.params(utc(nextAttemptAt), truncate(error), message.id(), utc(message.leaseUntil()))
				.update() == 1)
			.toList();
	}

	/**
	 * Makes every pending message due before {@code until} wait until then, telling why:
	 * the SMTP server is unreachable, so trying them sooner would only fail again.
	 */
	public void deferDue(Instant until, String error) {
		jdbc.sql("""
				UPDATE mail_outbox SET next_attempt_at = ?, last_error = ?, version = version + 1
				WHERE status = 'PENDING' AND next_attempt_at < ?""")
			.params(utc(until), truncate(error), utc(until))
			.update();
	}

	/**
	 * Gives a message that is pending again (after a failed or untried attempt) back the
	 * draft key it was queued under, unless a newer draft holds that key, so that a later
	 * enqueue replaces it rather than queueing a second message. A resent copy has no
	 * draft key to regain.
	 * @return whether it regained its key
	 * @throws org.springframework.dao.DuplicateKeyException if a concurrent enqueue
	 * inserted a draft with that key and committed first: the caller runs this in a
	 * savepoint and leaves the message without a key
	 */
	public boolean regainDraftKey(long id) {
		return jdbc.sql("""
				UPDATE mail_outbox m SET draft_key = queued_draft_key, version = version + 1
				WHERE m.id = ? AND m.status = 'PENDING' AND m.draft_key IS NULL AND m.queued_draft_key IS NOT NULL
				    AND NOT EXISTS (SELECT 1 FROM mail_outbox other WHERE other.draft_key = m.queued_draft_key)""")
			.param(id)
			.update() == 1;
	}

	/**
	 * Locks a message of the scope until the transaction ends, so that concurrent resends
	 * of it take turns.
	 * @return whether the scope has the message
	 */
	public boolean lock(OutboxScope scope, long id) {
		return jdbc.sql("SELECT id FROM mail_outbox WHERE id = :id AND " + condition(scope) + " FOR UPDATE")
			.param("id", id)
			.params(scopeParameters(scope))
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** A copy of a message, queued by a resend. */
	public record Copy(long id, Instant createdAt) {

	}

	/**
	 * The newest copy of a message queued at or after {@code since} that is still pending
	 * or being sent.
	 */
	public Optional<Copy> waitingCopy(long originalId, Instant since) {
		return jdbc.sql("""
				SELECT id, created_at FROM mail_outbox
				WHERE resent_from = ? AND status IN ('PENDING', 'SENDING') AND created_at >= ?
				ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
			.params(originalId, utc(since))
			.query((rs, row) -> new Copy(rs.getLong("id"), instant(rs, "created_at")))
			.optional();
	}

	/**
	 * Queues a copy of a message as a new pending message, due now, with the given
	 * Message-ID and no draft key, naming the message it copies; the original keeps its
	 * status.
	 * @return the copy's id
	 */
	public long insertCopy(long id, String messageId, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (message_id, event_id, purpose, subject_type, subject_id, recipient,
				    mail_subject, text_body, html_body, shown_subject, shown_text_body, status, attempts,
				    next_attempt_at, created_at, resent_from)
				SELECT ?, event_id, purpose, subject_type, subject_id, recipient, mail_subject, text_body,
				    html_body, shown_subject, shown_text_body, 'PENDING', 0, ?, ?, id
				FROM mail_outbox WHERE id = ?""").params(messageId, utc(now), utc(now), id).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * The subject and text of a message as sent, secret values included, if it withholds
	 * any on the pages.
	 */
	public Optional<RenderedMail> withheldText(long id) {
		return jdbc.sql("""
				SELECT mail_subject, text_body, shown_subject, shown_text_body FROM mail_outbox
				WHERE id = ? AND shown_text_body IS NOT NULL""")
			.param(id)
			.query((rs, row) -> new RenderedMail(rs.getString("mail_subject"), rs.getString("text_body"),
					rs.getString("shown_subject"), rs.getString("shown_text_body")))
			.optional();
	}

	/** A message, if the scope shows it. */
	public Optional<OutboxMessage> find(OutboxScope scope, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id AND " + condition(scope))
			.param("id", id)
			.params(scopeParameters(scope))
			.query(MESSAGE)
			.optional();
	}

	/**
	 * A page of the scope's messages, newest first, all or those of one status.
	 * @param status the status, or {@code null} for all
	 */
	public List<OutboxMessage> list(OutboxScope scope, MailStatus status, long offset, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE " + condition(scope) + statusCondition(status)
					+ " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(scopeParameters(scope))
			.param("status", status == null ? null : status.name())
			.param("offset", offset)
			.param("limit", limit)
			.query(MESSAGE)
			.list();
	}

	public long count(OutboxScope scope, MailStatus status) {
		return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE " + condition(scope) + statusCondition(status))
			.params(scopeParameters(scope))
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	/**
	 * How many messages of the scope are in each status; a status without any is left
	 * out.
	 */
	public Map<MailStatus, Long> countByStatus(OutboxScope scope) {
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		jdbc.sql("SELECT status, count(*) AS n FROM mail_outbox WHERE " + condition(scope) + " GROUP BY status")
			.params(scopeParameters(scope))
			.query((rs, row) -> Map.entry(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(count -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

	/**
	 * The figures a health check reports, over all messages.
	 *
	 * @param pending messages waiting to be sent
	 * @param oldestPendingSince when the oldest of them was queued, or {@code null}
	 * @param failed messages given up on
	 * @param lastSentAt when a message was last sent, or {@code null}
	 */
	public record Summary(long pending, Instant oldestPendingSince, long failed, Instant lastSentAt) {

	}

	public Summary summary() {
		return jdbc.sql("""
				SELECT
				    (SELECT count(*) FROM mail_outbox WHERE status = 'PENDING') AS pending,
				    (SELECT min(created_at) FROM mail_outbox WHERE status = 'PENDING') AS oldest_pending,
				    (SELECT count(*) FROM mail_outbox WHERE status = 'FAILED') AS failed,
				    (SELECT max(sent_at) FROM mail_outbox WHERE status = 'SENT') AS last_sent""")
			.query((rs, row) -> new Summary(rs.getLong("pending"), instant(rs, "oldest_pending"), rs.getLong("failed"),
					instant(rs, "last_sent")))
			.single();
	}

	private static String condition(OutboxScope scope) {
		return switch (scope) {
			case OutboxScope.AllMail all -> "1 = 1";
			case OutboxScope.SiteMail site -> "event_id IS NULL";
			case OutboxScope.EventMail event -> "event_id = :eventId";
		};
	}

	private static Map<String, Object> scopeParameters(OutboxScope scope) {
		return (scope instanceof OutboxScope.EventMail event) ? Map.of("eventId", event.eventId()) : Map.of();
	}

	private static String statusCondition(MailStatus status) {
		return status == null ? "" : " AND status = :status";
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
				rs.getString("recipient"), rs.getString("subject_shown"), rs.getString("text_shown"),
				rs.getInt("secrets_withheld") == 1, MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "sent_at"),
				rs.getString("last_error"));
	}

}
