package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.account.EventRole;
import org.plumbline.account.PendingInvitation;
import org.plumbline.account.RoleGrant;
import org.plumbline.account.RoleScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Roles granted in events, and invitations to them (tables event_role, role_invitation).
 * Each row's scope_key is its {@link RoleScope#key()}. An invitation's still_open is TRUE
 * until it is accepted or withdrawn, then NULL: a unique index on it keeps one open
 * invitation per address and role.
 */
@Repository
public class RoleRepository {

	private final JdbcClient jdbc;

	RoleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isSiteAdmin(long accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ? AND site_admin")
			.param(accountId)
			.query(Long.class)
			.single() > 0;
	}

	public boolean holds(long accountId, long eventId, RoleScope scope) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM event_role
				WHERE account_id = ? AND event_id = ? AND role = ? AND scope_key = ?""")
			.params(accountId, eventId, scope.role().name(), scope.key())
			.query(Long.class)
			.single() > 0;
	}

	public List<RoleGrant> team(long eventId) {
		return jdbc
			.sql("""
					SELECT r.id, r.event_id, r.account_id, a.display_name, a.email, r.role, r.microconference_id, r.plain_track_id,
					    r.granted_at
					FROM event_role r JOIN account a ON a.id = r.account_id
					WHERE r.event_id = ? ORDER BY r.role, a.display_name, r.id""")
			.param(eventId)
			.query((rs, row) -> new RoleGrant(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("account_id"),
					rs.getString("display_name"), rs.getString("email"), EventRole.valueOf(rs.getString("role")),
					rs.getObject("microconference_id", Long.class), rs.getObject("plain_track_id", Long.class),
					instant(rs, "granted_at")))
			.list();
	}

	public Optional<RoleGrant> findGrant(long eventId, long grantId) {
		return team(eventId).stream().filter(grant -> grant.id() == grantId).findFirst();
	}

	/** Locks the event's organiser grants until the transaction ends, and counts them. */
	public int lockOrganisers(long eventId) {
		return jdbc.sql("SELECT id FROM event_role WHERE event_id = ? AND role = 'ORGANISER' FOR UPDATE")
			.param(eventId)
			.query(Long.class)
			.list()
			.size();
	}

	public void grant(long eventId, long accountId, RoleScope scope, Long grantedBy, Instant now) {
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, microconference_id, plain_track_id, scope_key,
				    granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, accountId, scope.role().name(), scope.microconferenceId(), scope.plainTrackId(),
					scope.key(), grantedBy, utc(now))
			.update();
	}

	public boolean revoke(long eventId, long grantId) {
		return jdbc.sql("DELETE FROM event_role WHERE id = ? AND event_id = ?").params(grantId, eventId).update() == 1;
	}

	public List<PendingInvitation> pendingInvitations(long eventId) {
		return jdbc.sql("""
				SELECT id, event_id, email, role, microconference_id, plain_track_id, created_at, expires_at
				FROM role_invitation
				WHERE event_id = ? AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at, id""")
			.param(eventId)
			.query((rs, row) -> new PendingInvitation(rs.getLong("id"), rs.getLong("event_id"), rs.getString("email"),
					EventRole.valueOf(rs.getString("role")), rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), instant(rs, "created_at"), instant(rs, "expires_at")))
			.list();
	}

	public long invite(long eventId, String email, String emailKey, RoleScope scope, String tokenHash, Long invitedBy,
			Instant now, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO role_invitation (event_id, email, email_key, role, microconference_id, plain_track_id,
				    scope_key, token_hash, invited_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, email, emailKey, scope.role().name(), scope.microconferenceId(), scope.plainTrackId(),
					scope.key(), tokenHash, invitedBy, utc(now), utc(expiresAt))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** When the open invitation of an address to a role was made, if there is one. */
	public Optional<Instant> openInvitationMadeAt(long eventId, String emailKey, RoleScope scope) {
		return jdbc.sql("""
				SELECT created_at FROM role_invitation
				WHERE event_id = ? AND email_key = ? AND scope_key = ? AND role = ? AND still_open""")
			.params(eventId, emailKey, scope.key(), scope.role().name())
			.query((rs, row) -> instant(rs, "created_at"))
			.optional();
	}

	/**
	 * Withdraws the open invitations of an address to the same role, before a new one
	 * replaces them.
	 */
	public void revokeOpenInvitations(long eventId, String emailKey, RoleScope scope, Instant now) {
		jdbc.sql("""
				UPDATE role_invitation SET revoked_at = ?, still_open = NULL
				WHERE event_id = ? AND email_key = ? AND scope_key = ? AND role = ?
				AND accepted_at IS NULL AND revoked_at IS NULL""")
			.params(utc(now), eventId, emailKey, scope.key(), scope.role().name())
			.update();
	}

	public boolean cancelInvitation(long eventId, long invitationId, Instant now) {
		return jdbc.sql("""
				UPDATE role_invitation SET revoked_at = ?, still_open = NULL
				WHERE id = ? AND event_id = ? AND accepted_at IS NULL AND revoked_at IS NULL""")
			.params(utc(now), invitationId, eventId)
			.update() == 1;
	}

	public Optional<StoredInvitation> findInvitation(String tokenHash) {
		return jdbc.sql("""
				SELECT id, event_id, email, role, microconference_id, plain_track_id, expires_at, accepted_at,
				    revoked_at
				FROM role_invitation WHERE token_hash = ?""")
			.param(tokenHash)
			.query((rs, row) -> new StoredInvitation(rs.getLong("id"), rs.getLong("event_id"), rs.getString("email"),
					EventRole.valueOf(rs.getString("role")), rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), instant(rs, "expires_at"), instant(rs, "accepted_at"),
					instant(rs, "revoked_at")))
			.optional();
	}

	/**
	 * @return false if another request accepted or withdrew it first
	 */
	public boolean markAccepted(long invitationId, long accountId, Instant now) {
		return jdbc.sql("""
				UPDATE role_invitation SET accepted_at = ?, accepted_by = ?, still_open = NULL
				WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL""")
			.params(utc(now), accountId, invitationId)
			.update() == 1;
	}

	public record StoredInvitation(long id, long eventId, String email, EventRole role, Long microconferenceId,
			Long plainTrackId, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {
	}

}
