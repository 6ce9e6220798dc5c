package org.plumbline.material.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.material.Material;
import org.plumbline.material.MaterialKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Talk materials and the chunk rows of their files. A file is written and read one chunk
 * at a time, so that the largest one costs a chunk of memory, never its whole size.
 */
@Repository
public class MaterialRepository {

	/** The most a chunk row holds: 1 MiB. */
	public static final int CHUNK_BYTES = 1024 * 1024;

	private static final String COLUMNS = "m.id, m.guid, m.topic_id, m.kind, m.title, m.private_material, m.url, "
			+ "m.file_name, m.media_type, m.size_bytes, m.added_at, m.version";

	private final JdbcClient jdbc;

	MaterialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A file's row, before its chunks: it states the size and the number of chunks that
	 * will follow, and stays incomplete, seen by nobody, until {@link #markComplete}.
	 * @return the new material's id
	 */
	public long insertFile(long topicId, String title, boolean privateMaterial, String fileName, String mediaType,
			long sizeBytes, long addedBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO talk_material (guid, topic_id, kind, title, private_material, file_name, media_type,
				                           size_bytes, chunk_count, complete, added_by, added_at)
				VALUES (?, ?, 'FILE', ?, ?, ?, ?, ?, ?, FALSE, ?, ?)""")
			.params(UUID.randomUUID(), topicId, title, privateMaterial, fileName, mediaType, sizeBytes,
					chunkCount(sizeBytes), addedBy, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * @return the new material's id
	 */
	public long insertLink(long topicId, MaterialKind kind, String title, boolean privateMaterial, String url,
			Long addedBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO talk_material (guid, topic_id, kind, title, private_material, url, complete, added_by,
				                           added_at)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
			.params(UUID.randomUUID(), topicId, kind.name(), title, privateMaterial, url, addedBy, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Stores the first {@code length} bytes of the buffer as the file's chunk at a
	 * position.
	 */
	public void insertChunk(long materialId, int position, byte[] buffer, int length) {
		jdbc.sql("INSERT INTO talk_material_chunk (material_id, position, content) VALUES (?, ?, ?)")
			.params(materialId, position, length == buffer.length ? buffer : Arrays.copyOf(buffer, length))
			.update();
	}

	/**
	 * Makes a file whose chunks are all in seen.
	 * @return false if its chunks are fewer than its row states
	 */
	public boolean markComplete(long id) {
		return jdbc
			.sql("""
					UPDATE talk_material SET complete = TRUE
					WHERE id = ?
					  AND chunk_count = (SELECT COUNT(*) FROM talk_material_chunk c WHERE c.material_id = talk_material.id)""")
			.param(id)
			.update() == 1;
	}

	/** Deletes a file whose upload failed, with the chunks it got. */
	public void deleteIncomplete(long id) {
		jdbc.sql("DELETE FROM talk_material WHERE id = ? AND NOT complete").param(id).update();
	}

	/**
	 * Deletes the files whose uploads began before this instant and never completed:
	 * those of a server that stopped in the middle.
	 */
	public int deleteIncompleteBefore(Instant before) {
		return jdbc.sql("DELETE FROM talk_material WHERE NOT complete AND added_at < ?").param(utc(before)).update();
	}

	/** One chunk of a file; empty once the file is removed. */
	public Optional<byte[]> chunk(long materialId, int position) {
		return jdbc.sql("SELECT content FROM talk_material_chunk WHERE material_id = ? AND position = ?")
			.params(materialId, position)
			.query(byte[].class)
			.optional();
	}

	public static int chunkCount(long sizeBytes) {
		return Math.toIntExact((sizeBytes + CHUNK_BYTES - 1) / CHUNK_BYTES);
	}

	public Optional<Material> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM talk_material m WHERE m.id = ? AND m.complete")
			.param(id)
			.query(MaterialRepository::material)
			.optional();
	}

	/**
	 * A material of a talk of the event that is still accepted or confirmed: once a talk
	 * is canceled or declined, its materials are no one's to see.
	 */
	public Optional<Material> findOfDecidedTalk(long eventId, UUID guid) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM talk_material m JOIN topic t ON t.id = m.topic_id
				WHERE m.guid = ? AND t.event_id = ? AND m.complete AND t.state IN ('ACCEPTED', 'CONFIRMED')""")
			.params(guid, eventId)
			.query(MaterialRepository::material)
			.optional();
	}

	/** A talk's materials, private ones too, the first added first. */
	public List<Material> ofTopic(long topicId) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM talk_material m WHERE m.topic_id = ? AND m.complete ORDER BY m.added_at, m.id")
			.param(topicId)
			.query(MaterialRepository::material)
			.list();
	}

	/**
	 * The public materials of the topics with these GUIDs that are still accepted or
	 * confirmed, by GUID, each list the first added first; a topic without any is
	 * missing.
	 */
	public Map<UUID, List<Material>> publicOf(Collection<UUID> topicGuids) {
		Map<UUID, List<Material>> byTopic = new LinkedHashMap<>();
		if (topicGuids.isEmpty()) {
			return byTopic;
		}
		jdbc.sql("SELECT t.guid AS topic_guid, " + COLUMNS + """
				 FROM talk_material m JOIN topic t ON t.id = m.topic_id
				WHERE t.guid IN (:guids) AND m.complete AND NOT m.private_material
				  AND t.state IN ('ACCEPTED', 'CONFIRMED')
				ORDER BY m.added_at, m.id""").param("guids", topicGuids).query((rs, row) -> {
			byTopic.computeIfAbsent(rs.getObject("topic_guid", UUID.class), guid -> new ArrayList<>())
				.add(material(rs, row));
			return null;
		}).list();
		return byTopic;
	}

	/**
	 * Changes a material's title and whether it is private, at the version its editor
	 * saw.
	 * @return false if it was changed or removed meanwhile
	 */
	public boolean update(long id, int version, String title, boolean privateMaterial) {
		return jdbc.sql("""
				UPDATE talk_material SET title = ?, private_material = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(title, privateMaterial, id, version).update() == 1;
	}

	/**
	 * Removes a material, its chunks with it, at the version its remover saw.
	 * @return false if it was changed or removed meanwhile
	 */
	public boolean delete(long id, int version) {
		return jdbc.sql("DELETE FROM talk_material WHERE id = ? AND version = ?").params(id, version).update() == 1;
	}

	private static Material material(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("size_bytes");
		Long sizeBytes = rs.wasNull() ? null : size;
		return new Material(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getLong("topic_id"),
				MaterialKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getBoolean("private_material"),
				rs.getString("url"), rs.getString("file_name"), rs.getString("media_type"), sizeBytes,
				instant(rs, "added_at"), rs.getInt("version"));
	}

}
