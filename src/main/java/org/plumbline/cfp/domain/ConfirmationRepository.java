package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.cfp.TopicState;
import org.plumbline.jdbc.SqlInstants;
import org.plumbline.cfp.TopicSpeakersChanged;
import org.plumbline.people.PersonDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The speakers' answers to an acceptance: one row per speaker of an accepted topic, with
 * the hash of the mailed link's secret, the answer and the one reminder.
 */
@Repository
public class ConfirmationRepository {

	/** The reminder's delay of an event that sets none. */
	public static final int DEFAULT_REMINDER_DAYS = 7;

	private static final String COLUMNS = "topic_id, person_id, announced_at, answer, answered_at, reminder_sent_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PersonDirectory people;

	ConfirmationRepository(JdbcClient jdbc, ApplicationEventPublisher events, PersonDirectory people) {
		this.people = people;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** A speaker's answer to come, with the hash of the mailed link's secret. */
	public void insert(long topicId, long personId, String tokenHash, Instant announcedAt) {
		jdbc.sql("""
				INSERT INTO topic_confirmation (topic_id, person_id, token_hash, announced_at)
				VALUES (?, ?, ?, ?)""").params(topicId, personId, tokenHash, SqlInstants.utc(announcedAt)).update();
	}

	public Optional<ConfirmationRow> findByTokenHash(String tokenHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM topic_confirmation WHERE token_hash = ?")
			.param(tokenHash)
			.query(ConfirmationRepository::row)
			.optional();
	}

	public Optional<ConfirmationRow> find(long topicId, long personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM topic_confirmation WHERE topic_id = ? AND person_id = ?")
			.params(topicId, personId)
			.query(ConfirmationRepository::row)
			.optional();
	}

	/** Records the answer, if the speaker has given none; whether it was recorded. */
	public boolean answer(long topicId, long personId, TopicState answer, Instant now) {
		return jdbc.sql("""
				UPDATE topic_confirmation SET answer = ?, answered_at = ?
				WHERE topic_id = ? AND person_id = ? AND answer IS NULL""")
			.params(answer.name(), SqlInstants.utc(now), topicId, personId)
			.update() == 1;
	}

	/** Takes a speaker who declined off the topic. */
	public void removeSpeaker(long topicId, long personId) {
		jdbc.sql("DELETE FROM topic_speaker WHERE topic_id = ? AND person_id = ?").params(topicId, personId).update();
		events.publishEvent(new TopicSpeakersChanged(topicId));
	}

	/**
	 * Locks the topic's row, so that its speakers' answers take turns; and, before it,
	 * the speaker's person, so that a speaker taken off and a conflict mark against them
	 * take turns in the order every such change locks them (the person, then topics).
	 */
	public void lockSpeakerAndTopic(long personId, long topicId) {
		people.lock(personId);
		jdbc.sql("SELECT id FROM topic WHERE id = ? FOR UPDATE").param(topicId).query(Long.class).optional();
	}

	/**
	 * Speakers of accepted topics who have neither answered nor been reminded, and whose
	 * event's reminder days have passed since the announcement at {@code now}.
	 */
	public List<ReminderCandidate> due(Instant now) {
		return jdbc.sql("""
				SELECT topic_id, person_id FROM (
				    SELECT c.topic_id, c.person_id, c.announced_at,
				           COALESCE((SELECT d.reminder_days FROM topic_call_defaults d WHERE d.event_id = t.event_id),
				                    :defaultDays) AS reminder_days
				    FROM topic_confirmation c JOIN topic t ON t.id = c.topic_id
				    WHERE c.answer IS NULL AND c.reminder_sent_at IS NULL AND t.state = 'ACCEPTED') unanswered
				WHERE announced_at + reminder_days * INTERVAL '1' DAY <= :now
				ORDER BY announced_at, topic_id, person_id""")
			.param("defaultDays", DEFAULT_REMINDER_DAYS)
			.param("now", SqlInstants.utc(now))
			.query((rs, row) -> new ReminderCandidate(rs.getLong("topic_id"), rs.getLong("person_id")))
			.list();
	}

	/**
	 * Claims the reminder of one speaker: true for the one transaction that marks it
	 * sent; another instance's claim of the same row waits for this one to end and then
	 * finds it marked. A speaker who answered, or whose topic is no longer accepted
	 * (canceled, or declined by its first speaker) since the list was read, is not
	 * claimed.
	 */
	public boolean claimReminder(long topicId, long personId, Instant now) {
		return jdbc
			.sql("""
					UPDATE topic_confirmation SET reminder_sent_at = ?
					WHERE topic_id = ? AND person_id = ? AND reminder_sent_at IS NULL AND answer IS NULL
					  AND EXISTS (SELECT 1 FROM topic t WHERE t.id = topic_confirmation.topic_id AND t.state = 'ACCEPTED')""")
			.params(SqlInstants.utc(now), topicId, personId)
			.update() == 1;
	}

	/** A speaker due a reminder. */
	public record ReminderCandidate(long topicId, long personId) {
	}

	private static ConfirmationRow row(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		return new ConfirmationRow(rs.getLong("topic_id"), rs.getLong("person_id"),
				SqlInstants.instant(rs, "announced_at"), answer == null ? null : TopicState.valueOf(answer),
				SqlInstants.instant(rs, "answered_at"), SqlInstants.instant(rs, "reminder_sent_at"));
	}

}
