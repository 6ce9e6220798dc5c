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
import org.plumbline.account.BackedUpRoleInvitation;
import org.plumbline.account.EventRole;
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
	 * The event's role invitations, open or not, by when they were made, then by their
	 * token's hash (an order a restore keeps, though the ids change).
	 */
	public List<BackedUpRoleInvitation> roleInvitations(long eventId) {
		return jdbc.sql("""
				SELECT email, role, microconference_id, plain_track_id, token_hash, invited_by, created_at, expires_at,
				    accepted_at, accepted_by, revoked_at
				FROM role_invitation WHERE event_id = ? ORDER BY created_at, token_hash""")
			.param(eventId)
			.query((rs, row) -> new BackedUpRoleInvitation(rs.getString("email"),
					EventRole.valueOf(rs.getString("role")), rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getString("token_hash"),
					rs.getObject("invited_by", Long.class), instant(rs, "created_at"), instant(rs, "expires_at"),
					instant(rs, "accepted_at"), rs.getObject("accepted_by", Long.class), instant(rs, "revoked_at")))
			.list();
	}

	/**
	 * Stores an invitation as it was; still_open follows from its being neither accepted
	 * nor withdrawn, as the constraint on it requires.
	 */
	public void insertRoleInvitation(long eventId, BackedUpRoleInvitation invitation, String emailKey,
			String scopeKey) {
		boolean open = invitation.acceptedAt() == null && invitation.revokedAt() == null;
		jdbc.sql("""
				INSERT INTO role_invitation (event_id, email, email_key, role, microconference_id, plain_track_id,
				    scope_key, token_hash, invited_by, created_at, expires_at, accepted_at, accepted_by, revoked_at,
				    still_open)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, invitation.email(), emailKey, invitation.role().name(), invitation.microconferenceId(),
					invitation.plainTrackId(), scopeKey, invitation.tokenSha256(), invitation.invitedBy(),
					utc(invitation.createdAt()), utc(invitation.expiresAt()), utc(invitation.acceptedAt()),
					invitation.acceptedBy(), utc(invitation.revokedAt()), open ? Boolean.TRUE : null)
			.update();
	}

}
