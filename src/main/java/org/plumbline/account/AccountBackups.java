package org.plumbline.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.domain.AccountBackupRepository;
import org.plumbline.account.domain.AccountRepository;
import org.plumbline.account.domain.AccountRow;
import org.plumbline.account.domain.EmailAddresses;
import org.plumbline.account.domain.UnusablePassword;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.people.PersonBackups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts an event refers to, the roles granted in it and the invitations to them,
 * for the event's backup, and written back as they were. A backup holds no password hash
 * or token: a restored account has {@link UnusablePassword}'s, so its owner sets a
 * password through "forgot password"; an invitation keeps the SHA-256 of its mailed
 * link's random token, which the table holds anyway, so the link works on. An address
 * that has an account here already is that account, left as it is: a restore never makes
 * a second account for one address. Nobody is mailed.
 */
@Service
public class AccountBackups {

	private final AccountBackupRepository backups;

	private final AccountRepository accounts;

	private final UnusablePassword password;

	private final PersonBackups profiles;

	private final AuditLog audit;

	AccountBackups(AccountBackupRepository backups, AccountRepository accounts, UnusablePassword password,
			PersonBackups profiles, AuditLog audit) {
		this.backups = backups;
		this.accounts = accounts;
		this.password = password;
		this.profiles = profiles;
		this.audit = audit;
	}

	/** The accounts of these ids, ordered by address. */
	@Transactional(readOnly = true)
	public List<BackedUpAccount> accounts(Collection<Long> ids) {
		return backups.accounts(ids);
	}

	/** The roles granted in the event, in the order they were granted. */
	@Transactional(readOnly = true)
	public List<BackedUpRole> roles(long eventId) {
		return backups.roles(eventId);
	}

	/**
	 * The verified person of the account with this address, if it has one: who a backup's
	 * person with this verified address is here (DOMAIN.md, L14).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> verifiedPersonOf(String email) {
		return EmailAddresses.key(email)
			.flatMap(accounts::findByEmailKey)
			.filter(AccountRow::verified)
			.map(AccountRow::personId);
	}

	/**
	 * The account with the backup's address: the stored one if there is one, else a new
	 * one as the backup holds it (its person's address verified too) without a usable
	 * password. The id in {@code account} is not read.
	 * @return the account's id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (its person has another account, another person holds the address)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restore(Event event, String systemActor, BackedUpAccount account) {
		String key = EmailAddresses.key(account.email())
			.orElseThrow(() -> new IllegalArgumentException("Not an email address: " + account.email()));
		Optional<AccountRow> stored = accounts.findByEmailKey(key);
		if (stored.isPresent()) {
			return stored.get().id();
		}
		if (account.emailVerifiedAt() != null) {
			profiles.restoreVerifiedEmail(account.personId(), account.email(), account.emailVerifiedAt());
		}
		long id = backups.insert(account, key, password.hash());
		audit.record(new AuditEntry(event.id(), null, systemActor, "account", Long.toString(id), "restored", null,
				Map.of("verified", account.emailVerifiedAt() != null), null));
		return id;
	}

	/**
	 * Grants the role as it was granted, at its instant and by its granter.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the account
	 * holds it already
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreRole(Event event, String systemActor, BackedUpRole role) {
		RoleScope scope = new RoleScope(role.role(), role.microconferenceId(), role.plainTrackId(), null, null);
		backups.insertRole(event.id(), role, scope.key());
		audit.record(new AuditEntry(event.id(), null, systemActor, "role", scope.key(), "restored", null,
				Map.of("account", role.accountId(), "role", role.role().name()), null));
	}

	/** The event's role invitations, open or not, in the order they were made. */
	@Transactional(readOnly = true)
	public List<BackedUpRoleInvitation> roleInvitations(long eventId) {
		return backups.roleInvitations(eventId);
	}

	/**
	 * Writes back an invitation as it was, under the hash of its mailed link's token, so
	 * that the link answers as it did: an open one may still be accepted, an accepted,
	 * withdrawn or expired one is shown so. Nobody is mailed.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the address has an open invitation to the role already, the site holds
	 * an invitation under this hash already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreRoleInvitation(Event event, String systemActor, BackedUpRoleInvitation invitation) {
		RoleScope scope = new RoleScope(invitation.role(), invitation.microconferenceId(), invitation.plainTrackId(),
				null, null);
		String key = EmailAddresses.key(invitation.email())
			.orElseThrow(() -> new IllegalArgumentException("Not an email address: " + invitation.email()));
		backups.insertRoleInvitation(event.id(), invitation, key, scope.key());
		audit.record(new AuditEntry(event.id(), null, systemActor, "role-invitation", scope.key(), "restored", null,
				Map.of("email", invitation.email(), "role", invitation.role().name()), null));
	}

}
