package org.plumbline.mail.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_template} table: one row per scope (the site, or one event) and purpose
 * that has been edited at least once.
 */
@Repository
public class MailTemplateRepository {

	private final JdbcClient jdbc;

	MailTemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A scope's row for a purpose.
	 *
	 * @param subject the subject template, or {@code null} if the row was reset
	 * @param body the body template, or {@code null} if the row was reset
	 */
	public record TemplateRow(Long eventId, String subject, String body, int version, Instant updatedAt) {

		public boolean hasText() {
			return subject != null;
		}

	}

	/** The key of the UNIQUE constraint: {@code site} or {@code event:<id>}. */
	static String scopeKey(Long eventId) {
		return eventId == null ? "site" : "event:" + eventId;
	}

	public Optional<TemplateRow> find(String purpose, Long eventId) {
		return jdbc.sql("""
				SELECT event_id, subject, body, version, updated_at FROM mail_template
				WHERE scope_key = ? AND purpose = ?""")
			.params(scopeKey(eventId), purpose)
			.query(MailTemplateRepository::row)
			.optional();
	}

	/**
	 * The rows with a text of their own that apply to an event (its own, then the
	 * site's), or to the site alone when {@code eventId} is {@code null}.
	 */
	public List<TemplateRow> findApplicable(String purpose, Long eventId) {
		return jdbc.sql("""
				SELECT event_id, subject, body, version, updated_at FROM mail_template
				WHERE purpose = ? AND scope_key IN (?, 'site') AND subject IS NOT NULL
				ORDER BY event_id NULLS LAST""")
			.params(purpose, scopeKey(eventId))
			.query(MailTemplateRepository::row)
			.list();
	}

	/**
	 * Stores a scope's first text, as version 1.
	 * @throws org.springframework.dao.DuplicateKeyException if the scope has a row (a
	 * concurrent save inserted it first)
	 * @throws org.springframework.dao.DataIntegrityViolationException if there is no such
	 * event
	 */
	public void insert(String purpose, Long eventId, String subject, String body, Instant now) {
		jdbc.sql("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				VALUES (?, ?, ?, ?, ?, 1, ?)""")
			.params(eventId, scopeKey(eventId), purpose, subject, body, utc(now))
			.update();
	}

	/** An event's own text for a purpose. */
	public record EventText(String purpose, String subject, String body, Instant updatedAt) {
	}

	/**
	 * The texts of an event's own, by purpose; a row whose text was set back to the
	 * default holds none.
	 */
	public List<EventText> eventTexts(long eventId) {
		return jdbc.sql("""
				SELECT purpose, subject, body, updated_at FROM mail_template
				WHERE scope_key = ? AND subject IS NOT NULL ORDER BY purpose""")
			.param(scopeKey(eventId))
			.query((rs, row) -> new EventText(rs.getString("purpose"), rs.getString("subject"), rs.getString("body"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Copies the texts an event's organisers edited into a new event, at version 1; a
	 * text set back to the default is not one of them.
	 * @return how many
	 */
	public int copyEventTexts(long fromEventId, long toEventId, Instant now) {
		return jdbc.sql("""
				INSERT INTO mail_template (event_id, scope_key, purpose, subject, body, version, updated_at)
				SELECT ?, ?, purpose, subject, body, 1, ? FROM mail_template
				WHERE scope_key = ? AND subject IS NOT NULL""")
			.params(toEventId, scopeKey(toEventId), utc(now), scopeKey(fromEventId))
			.update();
	}

	/**
	 * Changes a scope's text if its row is still at the expected version.
	 * @return whether it was
	 */
	public boolean update(String purpose, Long eventId, String subject, String body, int expectedVersion, Instant now) {
		return jdbc.sql("""
				UPDATE mail_template SET subject = ?, body = ?, version = version + 1, updated_at = ?
				WHERE scope_key = ? AND purpose = ? AND version = ?""")
			.params(subject, body, utc(now), scopeKey(eventId), purpose, expectedVersion)
			.update() == 1;
	}

	/**
	 * Clears a scope's text, whatever its version, keeping the row (and a growing
	 * version) to tell editors of the old text that it changed.
	 * @return whether the scope had a text to clear
	 */
	public boolean clear(String purpose, Long eventId, Instant now) {
		return jdbc.sql("""
				UPDATE mail_template SET subject = NULL, body = NULL, version = version + 1, updated_at = ?
				WHERE scope_key = ? AND purpose = ? AND subject IS NOT NULL""")
			.params(utc(now), scopeKey(eventId), purpose)
			.update() == 1;
	}

	private static TemplateRow row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
		return new TemplateRow(rs.getObject("event_id", Long.class), rs.getString("subject"), rs.getString("body"),
				rs.getInt("version"), updatedAt.toInstant());
	}

}
