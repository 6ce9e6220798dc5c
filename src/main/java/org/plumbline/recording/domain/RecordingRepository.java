package org.plumbline.recording.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recordings of MC sessions and the talks' offsets into them. */
@Repository
public class RecordingRepository {

	private final JdbcClient jdbc;

	RecordingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A session's recording and the version its form saw. */
	public record StoredRecording(UUID sessionGuid, String url, int version) {
	}

	public Map<UUID, StoredRecording> sessions(long eventId) {
		Map<UUID, StoredRecording> recordings = new HashMap<>();
		jdbc.sql("SELECT session_guid, url, version FROM session_recording WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new StoredRecording(rs.getObject("session_guid", UUID.class), rs.getString("url"),
					rs.getInt("version")))
			.list()
			.forEach(recording -> recordings.put(recording.sessionGuid(), recording));
		return recordings;
	}

	/** Every talk's offset into its session's recording, by topic id. */
	public Map<Long, Integer> offsets(long eventId) {
		Map<Long, Integer> offsets = new HashMap<>();
		jdbc.sql("SELECT topic_id, offset_seconds FROM talk_recording_offset WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> Map.entry(rs.getLong("topic_id"), rs.getInt("offset_seconds")))
			.list()
			.forEach(offset -> offsets.put(offset.getKey(), offset.getValue()));
		return offsets;
	}

	/** Locks a session's recording row, if it has one, until the transaction ends. */
	public Optional<StoredRecording> lock(long eventId, UUID sessionGuid) {
		return jdbc.sql("""
				SELECT session_guid, url, version FROM session_recording
				WHERE event_id = ? AND session_guid = ? FOR UPDATE""")
			.params(eventId, sessionGuid)
			.query((rs, row) -> new StoredRecording(rs.getObject("session_guid", UUID.class), rs.getString("url"),
					rs.getInt("version")))
			.optional();
	}

	/**
	 * Stores the recording as the version after {@code seenVersion}.
	 * @return false if another save came first (the row exists, or moved on)
	 */
	public boolean save(long eventId, UUID sessionGuid, String url, int seenVersion, Instant now) {
		if (seenVersion == 0) {
			return jdbc.sql("""
					INSERT INTO session_recording (event_id, session_guid, url, version, updated_at)
					SELECT ?, ?, ?, 1, ? FROM (VALUES (0)) AS one (n)
					WHERE NOT EXISTS (SELECT 1 FROM session_recording WHERE event_id = ? AND session_guid = ?)""")
				.params(eventId, sessionGuid, url, utc(now), eventId, sessionGuid)
				.update() == 1;
		}
		return jdbc.sql("""
				UPDATE session_recording SET url = ?, version = version + 1, updated_at = ?
				WHERE event_id = ? AND session_guid = ? AND version = ?""")
			.params(url, utc(now), eventId, sessionGuid, seenVersion)
			.update() == 1;
	}

	/** Removes a session's recording and, by cascade, its talks' offsets. */
	public boolean remove(long eventId, UUID sessionGuid, int seenVersion) {
		return jdbc.sql("DELETE FROM session_recording WHERE event_id = ? AND session_guid = ? AND version = ?")
			.params(eventId, sessionGuid, seenVersion)
			.update() == 1;
	}

	/** Replaces the offsets of the session's talks with these. */
	public void replaceOffsets(long eventId, UUID sessionGuid, Map<Long, Integer> offsetsByTopic) {
		jdbc.sql("DELETE FROM talk_recording_offset WHERE event_id = ? AND session_guid = ?")
			.params(eventId, sessionGuid)
			.update();
		offsetsByTopic.forEach((topicId, seconds) -> {
			// a talk that a later release moved here leaves its offset into its old
			// session
			jdbc.sql("DELETE FROM talk_recording_offset WHERE topic_id = ?").param(topicId).update();
			jdbc.sql("""
					INSERT INTO talk_recording_offset (topic_id, event_id, session_guid, offset_seconds)
					VALUES (?, ?, ?, ?)""").params(topicId, eventId, sessionGuid, seconds).update();
		});
	}

}
