package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.Collection;
import java.util.List;

import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.account.EventRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts and an event's roles read and written whole, for the event's backup. */
@Repository
public class AccountBackupRepository {

	private final JdbcClient jdbc;

	AccountBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accounts of these ids, ordered by address, so two backups list them alike. */
	public List<BackedUpAccount> accounts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, email, display_name, person_id, email_verified_at, created_at FROM account
				WHERE id IN (:ids) ORDER BY email_key""")
			.param("ids", ids)
			.query((rs, row) -> new BackedUpAccount(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name"), rs.getObject("person_id", Long.class),
					instant(rs, "email_verified_at"), instant(rs, "created_at")))
			.list();
	}

	public List<BackedUpRole> roles(long eventId) {
		return jdbc.sql("""
				SELECT account_id, role, microconference_id, plain_track_id, granted_by, granted_at FROM event_role
				WHERE event_id = ? ORDER BY id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpRole(rs.getLong("account_id"), EventRole.valueOf(rs.getString("role")),
					rs.getObject("microconference_id", Long.class), rs.getObject("plain_track_id", Long.class),
					rs.getObject("granted_by", Long.class), instant(rs, "granted_at")))
			.list();
	}

	/**
	 * @return the new account's id
	 */
	public long insert(BackedUpAccount account, String emailKey, String passwordHash) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
				                     created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(account.email(), emailKey, passwordHash, account.displayName(), account.personId(),
					utc(account.emailVerifiedAt()), utc(account.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void insertRole(long eventId, BackedUpRole role, String scopeKey) {
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, microconference_id, plain_track_id, scope_key,
				    granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, role.accountId(), role.role().name(), role.microconferenceId(), role.plainTrackId(),
					scopeKey, role.grantedBy(), utc(role.grantedAt()))
			.update();
	}

}
