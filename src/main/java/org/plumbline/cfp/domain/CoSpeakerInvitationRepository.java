package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.jdbc.SqlInstants;
import org.plumbline.cfp.TopicSpeakersChanged;
import org.plumbline.people.PersonDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Invitations to speak on a topic, and the speakers they add. */
@Repository
public class CoSpeakerInvitationRepository {

	private static final String COLUMNS = "id, topic_id, email, email_key, created_at, expires_at, closed_at, outcome";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PersonDirectory people;

	CoSpeakerInvitationRepository(JdbcClient jdbc, ApplicationEventPublisher events, PersonDirectory people) {
		this.people = people;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the address has an open
	 * invitation to the topic already
	 */
	public long insert(long topicId, String email, String emailKey, String tokenHash, long invitedBy, Instant now,
			Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO co_speaker_invitation (topic_id, email, email_key, token_hash, invited_by, created_at,
				                                   expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(topicId, email, emailKey, tokenHash, invitedBy, SqlInstants.utc(now), SqlInstants.utc(expiresAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<StoredInvitation> findByTokenHash(String tokenHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM co_speaker_invitation WHERE token_hash = ?")
			.param(tokenHash)
			.query(CoSpeakerInvitationRepository::row)
			.optional();
	}

	/** The topic's invitations that are open and not expired, oldest first. */
	public List<StoredInvitation> open(long topicId, Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM co_speaker_invitation WHERE topic_id = ? AND still_open IS TRUE AND expires_at > ?
				ORDER BY created_at, id""")
			.params(topicId, SqlInstants.utc(now))
			.query(CoSpeakerInvitationRepository::row)
			.list();
	}

	/**
	 * Closes the topic's open invitations that have expired, so that new ones may be
	 * sent.
	 */
	public void closeExpired(long topicId, Instant now) {
		jdbc.sql("""
				UPDATE co_speaker_invitation SET still_open = NULL, outcome = 'EXPIRED', closed_at = expires_at
				WHERE topic_id = ? AND still_open IS TRUE AND expires_at <= ?""")
			.params(topicId, SqlInstants.utc(now))
			.update();
	}

	/**
	 * Closes an open invitation with an outcome.
	 * @return false if it was closed already (answered or revoked meanwhile)
	 */
	public boolean close(long id, String outcome, Long answeredBy, Instant now) {
		return jdbc.sql("""
				UPDATE co_speaker_invitation SET still_open = NULL, outcome = ?, answered_by = ?, closed_at = ?
				WHERE id = ? AND still_open IS TRUE""")
			.params(outcome, answeredBy, SqlInstants.utc(now), id)
			.update() == 1;
	}

	/**
	 * Locks the topic's row until the transaction ends, so that two invitees accepting at
	 * once take two positions and the limit holds; and, before it, the invitee's person,
	 * so that an organiser's conflict mark against them at the same moment takes turns
	 * with their becoming a speaker, and counts the topic (as a conflict mark locks the
	 * person, then their topics).
	 */
	public void lockSpeakerAndTopic(long personId, long topicId) {
		people.lock(personId);
		jdbc.sql("SELECT id FROM topic WHERE id = ? FOR UPDATE").param(topicId).query(Long.class).single();
	}

	/** Adds a speaker after the topic's others. */
	public void appendSpeaker(long topicId, long personId, String nameAsWritten) {
		jdbc.sql("""
				INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
				SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ? FROM topic_speaker WHERE topic_id = ?""")
			.params(topicId, personId, nameAsWritten, topicId)
			.update();
		events.publishEvent(new TopicSpeakersChanged(topicId));
	}

	private static StoredInvitation row(ResultSet rs, int row) throws SQLException {
		return new StoredInvitation(rs.getLong("id"), rs.getLong("topic_id"), rs.getString("email"),
				rs.getString("email_key"), SqlInstants.instant(rs, "created_at"), SqlInstants.instant(rs, "expires_at"),
				SqlInstants.instant(rs, "closed_at"), rs.getString("outcome"));
	}

	/**
	 * @param outcome {@code ACCEPTED}, {@code DECLINED}, {@code REVOKED} or
	 * {@code EXPIRED} once closed, else {@code null}
	 */
	public record StoredInvitation(long id, long topicId, String email, String emailKey, Instant createdAt,
			Instant expiresAt, Instant closedAt, String outcome) {

	}

}
