package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.account.BackedUpAccount;
import org.plumbline.account.BackedUpRole;
import org.plumbline.account.EventRole;
import org.plumbline.jdbc.EventRowCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts and an event's roles read and written whole, for the event's backup. */
@Repository
public class AccountBackupRepository {

	private static final int IDS_AT_ONCE = 1000;

	private final JdbcClient jdbc;

	AccountBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The accounts of these ids, read a thousand at a time (an event may refer to tens of
	 * thousands), ordered by address key in Java, so two backups list them alike on any
	 * database's collation.
	 */
	public List<BackedUpAccount> accounts(Collection<Long> ids) {
		List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
		Map<String, BackedUpAccount> byKey = new TreeMap<>();
		for (int from = 0; from < distinct.size(); from += IDS_AT_ONCE) {
			jdbc.sql("""
					SELECT id, email, email_key, display_name, person_id, email_verified_at, created_at FROM account
					WHERE id IN (:ids)""")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_AT_ONCE)))
				.query((rs, row) -> byKey.put(rs.getString("email_key"),
						new BackedUpAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
								rs.getObject("person_id", Long.class), instant(rs, "email_verified_at"),
								instant(rs, "created_at"))))
				.list();
		}
		return List.copyOf(byKey.values());
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

	/**
	 * What of the event the event data file does not carry yet, each kind (a singular
	 * noun) counted by one query, in a fixed order; a kind the event has none of counts
	 * 0.
	 */
	public Map<String, Integer> notInEventFile(long eventId) {
		return new EventRowCounts(jdbc, eventId)
			.count("pending role invitation",
					"SELECT COUNT(*) FROM role_invitation WHERE event_id = ? AND still_open IS TRUE")
			.counts();
	}

}
