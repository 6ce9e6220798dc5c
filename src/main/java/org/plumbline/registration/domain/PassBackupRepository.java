package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plumbline.registration.BackedUpPasses;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** An event's MC passes and their quotas, read and written whole, for its backup. */
@Repository
public class PassBackupRepository {

	private final JdbcClient jdbc;

	PassBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public BackedUpPasses ofEvent(long eventId) {
		Map<Long, Integer> quotas = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT microconference_id, passes FROM mc_pass_quota
				WHERE event_id = ? AND passes IS NOT NULL ORDER BY microconference_id""").param(eventId).query(rs -> {
			quotas.put(rs.getLong("microconference_id"), rs.getInt("passes"));
		});
		return new BackedUpPasses(quotas,
				jdbc.sql("""
						SELECT id, microconference_id, label, email, assigned_by, assigned_at, used_at, revoked_at
						FROM mc_pass WHERE event_id = ? ORDER BY id""")
					.param(eventId)
					.query((rs, row) -> new Pass(rs.getLong("id"), rs.getLong("microconference_id"),
							rs.getString("label"), rs.getString("email"), rs.getObject("assigned_by", Long.class),
							instant(rs, "assigned_at"), instant(rs, "used_at"), instant(rs, "revoked_at")))
					.list());
	}

	/**
	 * The quota row of the MC, with its own number of passes or {@code null} for the
	 * event's default: assigning a pass locks it, and a pass refers to it.
	 */
	public void insertQuota(long eventId, long microconferenceId, Integer passes) {
		jdbc.sql("INSERT INTO mc_pass_quota (microconference_id, event_id, passes) VALUES (?, ?, ?)")
			.params(microconferenceId, eventId, passes)
			.update();
	}

	/**
	 * @param emailKey the key its address is compared by; a pass not revoked holds it as
	 * its address's one live pass of the event
	 * @return the pass's id
	 */
	public long insert(long eventId, Pass pass, String emailKey) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mc_pass (event_id, microconference_id, label, email, email_key, live_email_key, assigned_by,
				                     assigned_at, used_at, revoked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, pass.microconferenceId(), pass.label(), pass.email(), emailKey,
					pass.revokedAt() == null ? emailKey : null, pass.assignedBy(), utc(pass.assignedAt()),
					utc(pass.usedAt()), utc(pass.revokedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
