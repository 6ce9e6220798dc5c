package org.plumbline.material.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.material.BackedUpMaterial;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * An event's talk materials and its sessions' recording rows, read and written whole, for
 * its backup.
 */
@Repository
public class MaterialBackupRepository {

	private final JdbcClient jdbc;

	MaterialBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The materials of the event's talks whose files are complete, the first added first.
	 */
	public List<BackedUpMaterial> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT m.id, m.guid, m.topic_id, m.kind, m.title, m.private_material, m.url, m.file_name, m.media_type,
				       m.size_bytes, m.added_by, m.added_at
				FROM talk_material m JOIN topic t ON t.id = m.topic_id
				WHERE t.event_id = ? AND m.complete ORDER BY m.added_at, m.id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpMaterial(rs.getLong("id"), rs.getObject("guid", UUID.class),
					rs.getLong("topic_id"), rs.getString("kind"), rs.getString("title"),
					rs.getBoolean("private_material"), rs.getString("url"), rs.getString("file_name"),
					rs.getString("media_type"), rs.getObject("size_bytes", Long.class),
					rs.getObject("added_by", Long.class), instant(rs, "added_at")))
			.list();
	}

	/**
	 * The material's row, complete at once: the caller writes a file's chunks in the same
	 * transaction.
	 * @return its id
	 */
	public long insert(BackedUpMaterial material) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO talk_material (guid, topic_id, kind, title, private_material, url, file_name, media_type,
				                           size_bytes, chunk_count, complete, added_by, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
			.params(material.guid(), material.topicId(), material.kind(), material.title(), material.privateMaterial(),
					material.url(), material.fileName(), material.mediaType(), material.sizeBytes(),
					material.sizeBytes() == null ? null : MaterialRepository.chunkCount(material.sizeBytes()),
					material.addedBy(), utc(material.addedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * The event's recording rows, removed ones included, by session GUID, each with its
	 * time.
	 */
	public List<Recorded> recordings(long eventId) {
		return jdbc.sql("SELECT session_guid, url, updated_at FROM session_recording WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new Recorded(rs.getObject("session_guid", UUID.class), rs.getString("url"),
					instant(rs, "updated_at")))
			.list();
	}

	/** A recording row as stored, without its talks' offsets. */
	public record Recorded(UUID sessionGuid, String url, Instant updatedAt) {
	}

	/** The session's recording row, at its first version. */
	public void insertRecording(long eventId, UUID sessionGuid, String url, Instant updatedAt) {
		jdbc.sql("""
				INSERT INTO session_recording (event_id, session_guid, url, version, updated_at)
				VALUES (?, ?, ?, 1, ?)""").params(eventId, sessionGuid, url, utc(updatedAt)).update();
	}

}
