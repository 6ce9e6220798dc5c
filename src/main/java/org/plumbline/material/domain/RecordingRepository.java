package org.plumbline.material.domain;

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

	/**
	 * A session's recording row and its version.
	 *
	 * @param storedUrl the video's address, empty once it was removed
	 */
	public record StoredRecording(UUID sessionGuid, String storedUrl, int version) {

		public Optional<String> url() {
			return storedUrl.isEmpty() ? Optional.empty() : Optional.of(storedUrl);
		}

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

	/**
	 * Every talk's offset, by the session whose recording it is into, then by topic id: a
	 * talk a later release moved elsewhere keeps no offset into its new session's video.
	 */
	public Map<UUID, Map<Long, Integer>> offsets(long eventId) {
		Map<UUID, Map<Long, Integer>> offsets = new HashMap<>();
		jdbc.sql("SELECT session_guid, topic_id, offset_seconds FROM talk_recording_offset WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> {
				offsets.computeIfAbsent(rs.getObject("session_guid", UUID.class), guid -> new HashMap<>())
					.put(rs.getLong("topic_id"), rs.getInt("offset_seconds"));
				return row;
			})
			.list();
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

	/**
	 * Removes a session's recording and its talks' offsets, keeping the row, empty, so
	 * that its version goes on.
	 */
	public boolean remove(long eventId, UUID sessionGuid, int seenVersion, Instant now) {
		boolean removed = jdbc.sql("""
				UPDATE session_recording SET url = '', version = version + 1, updated_at = ?
				WHERE event_id = ? AND session_guid = ? AND version = ?""")
			.params(utc(now), eventId, sessionGuid, seenVersion)
			.update() == 1;
		replaceOffsets(eventId, sessionGuid, Map.of());
		return removed;
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
