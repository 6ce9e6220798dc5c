package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.registration.BankStatement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Uploaded bank statements, their text kept in the database so that every instance reads
 * the file an organiser uploaded to another.
 */
@Repository
public class BankStatementRepository {

	private static final String COLUMNS = "id, event_id, file_name, uploaded_at, applied_at, applied_count, version";

	private final JdbcClient jdbc;

	BankStatementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new statement's id
	 */
	public long insert(long eventId, String fileName, String content, long uploadedBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bank_statement (event_id, file_name, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?)""").params(eventId, fileName, content, uploadedBy, utc(now)).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Optional<BankStatement> find(long eventId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM bank_statement WHERE event_id = ? AND id = ?")
			.params(eventId, id)
			.query(this::statement)
			.optional();
	}

	/** The event's statements, the newest first. */
	public List<BankStatement> ofEvent(long eventId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM bank_statement WHERE event_id = ? ORDER BY uploaded_at DESC, id DESC")
			.param(eventId)
			.query(this::statement)
			.list();
	}

	public String content(long id) {
		return jdbc.sql("SELECT content FROM bank_statement WHERE id = ?").param(id).query(String.class).single();
	}

	/**
	 * Marks the statement applied at the version its reader saw.
	 * @return false if it was applied or changed meanwhile
	 */
	public boolean markApplied(long id, int version, long appliedBy, int count, Instant now) {
		return jdbc.sql("""
				UPDATE bank_statement SET applied_by = ?, applied_at = ?, applied_count = ?, version = version + 1
				WHERE id = ? AND version = ? AND applied_at IS NULL""")
			.params(appliedBy, utc(now), count, id, version)
			.update() == 1;
	}

	/**
	 * The statement that recorded each of the event's registrations paid from one, by
	 * registration.
	 */
	public Map<Long, Long> paidByStatement(long eventId) {
		Map<Long, Long> paidBy = new HashMap<>();
		jdbc.sql("""
				SELECT id, paid_by_statement_id FROM registration
				WHERE event_id = ? AND paid_by_statement_id IS NOT NULL""").param(eventId).query(rs -> {
			paidBy.put(rs.getLong("id"), rs.getLong("paid_by_statement_id"));
		});
		return paidBy;
	}

	private BankStatement statement(ResultSet rs, int row) throws SQLException {
		int count = rs.getInt("applied_count");
		Integer applied = rs.wasNull() ? null : count;
		return new BankStatement(rs.getLong("id"), rs.getLong("event_id"), rs.getString("file_name"),
				instant(rs, "uploaded_at"), instant(rs, "applied_at"), applied, rs.getInt("version"));
	}

}
