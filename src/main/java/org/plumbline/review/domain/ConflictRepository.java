package org.plumbline.review.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.jdbc.SqlInstants;
import org.plumbline.people.PersonDirectory;
import org.plumbline.review.ConflictMark;
import org.plumbline.review.DeclaredConflict;
import org.plumbline.review.SameEmployer;
import org.plumbline.review.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Organisers' conflict marks, and what their form offers: the accounts by address and the
 * people who speak on the event's topics; and reviewers' declared conflicts.
 */
@Repository
public class ConflictRepository {

	private static final String MARKS = """
			SELECT m.id, m.account_id, a.display_name, a.email, m.person_id, p.display_name AS person_name, m.reason,
			       m.marked_at
			FROM conflict_mark m JOIN account a ON a.id = m.account_id JOIN person p ON p.id = m.person_id
			WHERE m.event_id = ?""";

	private static final String DECLARATIONS = """
			SELECT d.id, d.topic_id, t.title, d.account_id, a.display_name, a.email, d.reason, d.declared_at
			FROM declared_conflict d JOIN topic t ON t.id = d.topic_id JOIN account a ON a.id = d.account_id
			WHERE t.event_id = :event""";

	private final JdbcClient jdbc;

	private final ReviewedTopicRepository reviewedTopics;

	private final PersonDirectory people;

	ConflictRepository(JdbcClient jdbc, ReviewedTopicRepository reviewedTopics, PersonDirectory people) {
		this.reviewedTopics = reviewedTopics;
		this.people = people;
		this.jdbc = jdbc;
	}

	/**
	 * The ids of the event's topics the account is conflicted with, by
	 * {@link ConflictRule}, and of the reviews and co-speaker invitations of those
	 * topics, by the audit log's object type.
	 */
	public Map<String, Set<String>> conflictedObjects(long eventId, long accountId) {
		String conflicted = "t.event_id = :event AND NOT " + ConflictRule.notConflicted("t.id", ":account");
		Map<String, Set<String>> objects = new LinkedHashMap<>();
		objects.put("topic", ids("SELECT t.id FROM topic t WHERE " + conflicted, eventId, accountId));
		objects.put("review", ids("SELECT r.id FROM review r JOIN topic t ON t.id = r.topic_id WHERE " + conflicted,
				eventId, accountId));
		objects.put("co-speaker-invitation",
				ids("SELECT i.id FROM co_speaker_invitation i JOIN topic t ON t.id = i.topic_id WHERE " + conflicted,
						eventId, accountId));
		return objects;
	}

	private Set<String> ids(String sql, long eventId, long accountId) {
		return jdbc.sql(sql)
			.param("event", eventId)
			.param("account", accountId)
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.collect(Collectors.toSet());
	}

	public List<ConflictMark> marks(long eventId) {
		return jdbc.sql(MARKS + " ORDER BY a.display_name, p.display_name, m.id")
			.param(eventId)
			.query((rs, n) -> new ConflictMark(rs.getLong("id"), rs.getLong("account_id"), rs.getString("display_name"),
					rs.getString("email"), rs.getLong("person_id"), rs.getString("person_name"), rs.getString("reason"),
					SqlInstants.instant(rs, "marked_at")))
			.list();
	}

	public Optional<ConflictMark> mark(long eventId, long markId) {
		return marks(eventId).stream().filter(mark -> mark.id() == markId).findFirst();
	}

	/** The account with this address (compared without regard to case). */
	public Optional<Long> accountByEmail(String emailKey) {
		return jdbc.sql("SELECT id FROM account WHERE email_key = ?").param(emailKey).query(Long.class).optional();
	}

	/** Everyone who speaks on a topic of the event that is not a draft, by name. */
	public List<Speaker> speakers(long eventId) {
		return jdbc.sql("""
				SELECT DISTINCT p.id, p.display_name
				FROM topic_speaker s JOIN topic t ON t.id = s.topic_id JOIN person p ON p.id = s.person_id
				WHERE t.event_id = ? AND t.state <> 'DRAFT'
				ORDER BY p.display_name, p.id""")
			.param(eventId)
			.query((rs, n) -> new Speaker(rs.getLong("id"), rs.getString("display_name")))
			.list();
	}

	/**
	 * The pairs of an account that organises, leads or reviews in the event and a speaker
	 * of one of its submitted topics whose people give the same affiliation, but for
	 * pairs marked already. Affiliations are free text from the profiles, compared as
	 * LOWER(TRIM(...)) on both sides (case and surrounding spaces ignored, everything
	 * else counts); an empty one matches nobody.
	 */
	public List<SameEmployer> sameEmployer(long eventId) {
		return jdbc.sql("""
				SELECT DISTINCT a.display_name, a.email, speaker.id AS person_id,
				       speaker.display_name AS person_name, speaker.affiliation
				FROM topic t
				JOIN topic_speaker s ON s.topic_id = t.id
				JOIN person speaker ON speaker.id = s.person_id
				JOIN person colleague ON colleague.id <> speaker.id
				     AND LOWER(TRIM(colleague.affiliation)) = LOWER(TRIM(speaker.affiliation))
				JOIN account a ON a.person_id = colleague.id
				WHERE t.event_id = ? AND t.state <> 'DRAFT' AND TRIM(speaker.affiliation) <> ''
				  AND (a.id IN (SELECT r.account_id FROM event_role r WHERE r.event_id = ?)
				       OR colleague.id IN (SELECT l.person_id FROM mc_lead l
				                           JOIN microconference m ON m.id = l.microconference_id
				                           WHERE m.event_id = ?))
				  AND NOT EXISTS (SELECT 1 FROM conflict_mark c
				                  WHERE c.event_id = ? AND c.account_id = a.id AND c.person_id = speaker.id)
				ORDER BY person_name, a.display_name""")
			.params(eventId, eventId, eventId, eventId)
			.query((rs, n) -> new SameEmployer(rs.getString("display_name"), rs.getString("email"),
					rs.getLong("person_id"), rs.getString("person_name"), rs.getString("affiliation")))
			.list();
	}

	/**
	 * Locks the marked person before reading their topics: the person's becoming or
	 * ceasing to be a speaker of a topic at the same moment locks them too, so the mark
	 * either sees that change or is seen by it, and the topic is counted from both (cfp's
	 * CoSpeakerInvitationRepository and ConfirmationRepository, which lock the person
	 * before the topic, as this does).
	 * @throws org.springframework.dao.DuplicateKeyException if the pair is marked already
	 */
	public long insert(long eventId, long accountId, long personId, String reason, long markedBy, Instant now) {
		people.lock(personId);
		List<Long> topics = reviewedTopics.topicsOfSpeaker(eventId, personId);
		reviewedTopics.lock(topics);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, accountId, personId, reason, markedBy, SqlInstants.utc(now))
			.update(keys, "id");
		reviewedTopics.recompute(topics);
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Locks the marked person before reading their topics, as {@link #insert} does. */
	public boolean delete(long eventId, long markId) {
		Optional<Long> personId = jdbc.sql("SELECT person_id FROM conflict_mark WHERE event_id = ? AND id = ?")
			.params(eventId, markId)
			.query(Long.class)
			.optional();
		personId.ifPresent(people::lock);
		List<Long> topics = personId.map(person -> reviewedTopics.topicsOfSpeaker(eventId, person)).orElse(List.of());
		reviewedTopics.lock(topics);
		boolean deleted = jdbc.sql("DELETE FROM conflict_mark WHERE event_id = ? AND id = ?")
			.params(eventId, markId)
			.update() == 1;
		reviewedTopics.recompute(topics);
		return deleted;
	}

	/**
	 * The conflicts declared on the event's topics, but those on topics the viewer is
	 * conflicted with: what the review pages hide from them, this list does too.
	 */
	public List<DeclaredConflict> declarations(long eventId, long viewerId) {
		return jdbc
			.sql(DECLARATIONS + " AND " + ConflictRule.notConflicted("d.topic_id", ":viewer")
					+ " ORDER BY a.display_name, t.title, d.id")
			.param("event", eventId)
			.param("viewer", viewerId)
			.query(ConflictRepository::declaration)
			.list();
	}

	public Optional<DeclaredConflict> declaration(long eventId, long declarationId) {
		return jdbc.sql(DECLARATIONS + " AND d.id = :declaration")
			.param("event", eventId)
			.param("declaration", declarationId)
			.query(ConflictRepository::declaration)
			.optional();
	}

	public Optional<DeclaredConflict> declaration(long eventId, long topicId, long accountId) {
		return jdbc.sql(DECLARATIONS + " AND d.topic_id = :topic AND d.account_id = :account")
			.param("event", eventId)
			.param("topic", topicId)
			.param("account", accountId)
			.query(ConflictRepository::declaration)
			.optional();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the account declared a
	 * conflict with the topic meanwhile
	 */
	public long declare(long topicId, long accountId, String reason, Instant now) {
		reviewedTopics.lock(List.of(topicId));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at) VALUES (?, ?, ?, ?)")
			.params(topicId, accountId, reason, SqlInstants.utc(now))
			.update(keys, "id");
		reviewedTopics.recompute(List.of(topicId));
		return keys.getKeyAs(Number.class).longValue();
	}

	public boolean deleteDeclaration(long declarationId) {
		Optional<Long> topicId = jdbc.sql("SELECT topic_id FROM declared_conflict WHERE id = ?")
			.param(declarationId)
			.query(Long.class)
			.optional();
		topicId.ifPresent(topic -> reviewedTopics.lock(List.of(topic)));
		boolean deleted = jdbc.sql("DELETE FROM declared_conflict WHERE id = ?").param(declarationId).update() == 1;
		topicId.ifPresent(topic -> reviewedTopics.recompute(List.of(topic)));
		return deleted;
	}

	private static DeclaredConflict declaration(ResultSet rs, int rowNum) throws SQLException {
		return new DeclaredConflict(rs.getLong("id"), rs.getLong("topic_id"), rs.getString("title"),
				rs.getLong("account_id"), rs.getString("display_name"), rs.getString("email"), rs.getString("reason"),
				SqlInstants.instant(rs, "declared_at"));
	}

}
