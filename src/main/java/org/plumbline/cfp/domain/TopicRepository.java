package org.plumbline.cfp.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicState;
import org.plumbline.jdbc.SqlInstants;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Topics and their speakers. */
@Repository
public class TopicRepository {

	private static final String COLUMNS = TopicRows.COLUMNS;

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final CallTopicCountRepository counts;

	TopicRepository(JdbcClient jdbc, JdbcTemplate batches, CallTopicCountRepository counts) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.counts = counts;
	}

	/**
	 * A new topic and its first speaker.
	 * @throws org.springframework.dao.DuplicateKeyException if a topic was created with
	 * this submission key already
	 */
	public long insert(long eventId, Long microconferenceId, Long plainTrackId, TopicState state, TopicContent content,
			long submittedBy, String submissionKey, Instant now, Speaker firstSpeaker) {
		counts.move(eventId, microconferenceId, plainTrackId, CallTopicCountRepository.change(TopicState.DRAFT, state));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, plain_track_id, state, title, abstract,
				                   duration_minutes, notes, submitted_by, submission_key, created_at, updated_at,
				                   submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), eventId, microconferenceId, plainTrackId, state.name(), content.title(),
					content.abstractText(), content.durationMinutes(), content.notes(), submittedBy, submissionKey,
					SqlInstants.utc(now), SqlInstants.utc(now),
					state == TopicState.SUBMITTED ? SqlInstants.utc(now) : null)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		jdbc.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, 1, ?, ?)")
			.params(id, firstSpeaker.personId(), firstSpeaker.nameAsWritten())
			.update();
		return id;
	}

	/** A topic the data generator submits, with its one speaker. */
	public record GeneratedRow(UUID guid, TopicContent content, long submittedBy, String submissionKey,
			Instant submittedAt, Speaker speaker) {
	}

	/** What the database gave an inserted topic. */
	public record Inserted(long id, int version) {
	}

	/**
	 * Inserts submitted topics of one call, each with its speaker, in batches of a
	 * thousand, as {@link #insert} would one by one.
	 * @return their ids and versions by GUID
	 */
	public Map<UUID, Inserted> insertSubmitted(long eventId, Long microconferenceId, Long plainTrackId,
			List<GeneratedRow> rows, Instant now) {
		counts.move(eventId, microconferenceId, plainTrackId, rows.size());
		OffsetDateTime at = SqlInstants.utc(now);
		batches.batchUpdate("""
				INSERT INTO topic (guid, event_id, microconference_id, plain_track_id, state, title, abstract,
				                   duration_minutes, notes, submitted_by, submission_key, created_at, updated_at,
				                   submitted_at)
				VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (statement, row) -> {
			TopicContent content = row.content();
			statement.setObject(1, row.guid());
			statement.setLong(2, eventId);
			statement.setObject(3, microconferenceId);
			statement.setObject(4, plainTrackId);
			statement.setString(5, content.title());
			statement.setString(6, content.abstractText());
			statement.setObject(7, content.durationMinutes());
			statement.setString(8, content.notes());
			statement.setLong(9, row.submittedBy());
			statement.setString(10, row.submissionKey());
			statement.setObject(11, SqlInstants.utc(row.submittedAt()));
			statement.setObject(12, at);
			statement.setObject(13, SqlInstants.utc(row.submittedAt()));
		});
		Map<UUID, Inserted> ids = new HashMap<>();
		List<UUID> guids = rows.stream().map(GeneratedRow::guid).toList();
		for (int from = 0; from < guids.size(); from += BATCH) {
			jdbc.sql("SELECT id, guid, version FROM topic WHERE guid IN (:guids)")
				.param("guids", guids.subList(from, Math.min(guids.size(), from + BATCH)))
				.query(rs -> {
					ids.put(rs.getObject("guid", UUID.class), new Inserted(rs.getLong("id"), rs.getInt("version")));
				});
		}
		batches.batchUpdate(
				"INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, 1, ?, ?)", rows,
				BATCH, (statement, row) -> {
					statement.setLong(1, ids.get(row.guid()).id());
					statement.setLong(2, row.speaker().personId());
					statement.setString(3, row.speaker().nameAsWritten());
				});
		return ids;
	}

	/**
	 * A topic taken over from another system's schedule: confirmed, with its speakers in
	 * order and the GUID it had there.
	 */
	public long insertImported(long eventId, long plainTrackId, UUID guid, TopicContent content, Instant now,
			List<Speaker> speakers) {
		counts.move(eventId, null, plainTrackId, 1);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, plain_track_id, state, title, abstract, duration_minutes,
				                   submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?)""")
			.params(guid, eventId, plainTrackId, content.title(), content.abstractText(), content.durationMinutes(),
					"import-" + guid, SqlInstants.utc(now), SqlInstants.utc(now), SqlInstants.utc(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (int i = 0; i < speakers.size(); i++) {
			jdbc.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, ?, ?, ?)")
				.params(id, i + 1, speakers.get(i).personId(), speakers.get(i).nameAsWritten())
				.update();
		}
		return id;
	}

	public boolean guidTaken(UUID guid) {
		return jdbc.sql("SELECT COUNT(*) FROM topic WHERE guid = ?").param(guid).query(Long.class).single() > 0;
	}

	public Optional<TopicRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM topic WHERE id = ?").param(id).query(TopicRows::row).optional();
	}

	/** The topic that a submission key created, if the account created it. */
	public Optional<Long> idBySubmissionKey(String submissionKey, long submittedBy) {
		return jdbc.sql("SELECT id FROM topic WHERE submission_key = ? AND submitted_by = ?")
			.params(submissionKey, submittedBy)
			.query(Long.class)
			.optional();
	}

	/** The topics a person speaks on, newest first. */
	public List<TopicRow> ofSpeaker(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM topic WHERE id IN (SELECT topic_id FROM topic_speaker WHERE person_id = ?)
				ORDER BY created_at DESC, id DESC""").param(personId).query(TopicRows::row).list();
	}

	/**
	 * The persons who speak on a topic of the event that was submitted at some time; a
	 * topic that was only ever a draft is its speakers' own.
	 */
	public Set<Long> speakerPersonIds(long eventId) {
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT s.person_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.event_id = ? AND t.submitted_at IS NOT NULL""").param(eventId).query(Long.class).list());
	}

	public List<Speaker> speakers(long topicId) {
		return jdbc.sql("SELECT person_id, name_as_written FROM topic_speaker WHERE topic_id = ? ORDER BY position")
			.param(topicId)
			.query((rs, row) -> new Speaker(rs.getLong("person_id"), rs.getString("name_as_written")))
			.list();
	}

	/**
	 * Whether the stored topic was in the state read at the expected version (and is now
	 * changed).
	 */
	public boolean update(long id, TopicState from, TopicState state, TopicContent content, Instant submittedAt,
			Instant now, int expectedVersion) {
		boolean updated = jdbc.sql("""
				UPDATE topic SET state = ?, title = ?, abstract = ?, duration_minutes = ?, notes = ?, submitted_at = ?,
				                 updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND state = ?""")
			.params(state.name(), content.title(), content.abstractText(), content.durationMinutes(), content.notes(),
					SqlInstants.utc(submittedAt), SqlInstants.utc(now), id, expectedVersion, from.name())
			.update() == 1;
		if (updated) {
			counts.moveOf(id, from, state);
		}
		return updated;
	}

	/**
	 * Those of the persons who speak on a topic of the event in one of the states (the
	 * announced state, not a pending decision), in one query however many they are.
	 */
	public Set<Long> speakingIn(long eventId, Collection<Long> personIds, Collection<TopicState> states) {
		if (personIds.isEmpty() || states.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT s.person_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.event_id = :event AND t.state IN (:states) AND s.person_id IN (:persons)""")
			.param("event", eventId)
			.param("states", states.stream().map(TopicState::name).toList())
			.param("persons", personIds)
			.query(Long.class)
			.list());
	}

	/** The events in which the person is a speaker of a topic, whatever its state. */
	public Set<Long> eventsWithSpeaker(long personId) {
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT t.event_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE s.person_id = ?""").param(personId).query(Long.class).list());
	}

}
