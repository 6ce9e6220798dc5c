package org.plumbline.testsupport;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.plumbline.account.EventRole;
import org.plumbline.people.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verified accounts and event roles made directly in the database, for tests about what
 * accounts may do rather than how they are opened. Each is made once: asked again, the
 * fixture answers what is there, so a test base may ask before every test.
 */
public final class AccountFixture {

	/** The password of every account a fixture made with the short constructor. */
	public static final String PASSWORD = "fixture password";

	private static final OffsetDateTime VERIFIED_AT = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final PersonDirectory people;

	private final PasswordEncoder passwords;

	private final String password;

	private String passwordHash;

	public AccountFixture(JdbcClient jdbc, PersonDirectory people, PasswordEncoder passwords) {
		this(jdbc, people, passwords, PASSWORD);
	}

	/** A fixture whose accounts sign in with the given password. */
	public AccountFixture(JdbcClient jdbc, PersonDirectory people, PasswordEncoder passwords, String password) {
		this.jdbc = jdbc;
		this.people = people;
		this.passwords = passwords;
		this.password = password;
	}

	/** A verified account with a new person of its own; returns the account id. */
	public long account(String email, String name) {
		return account(email, name, null);
	}

	/**
	 * A verified account linked to an existing person (an MC lead, say), or to a new
	 * person of its own if {@code personId} is null; returns the account id.
	 */
	public long account(String email, String name, Long personId) {
		String emailKey = email.toLowerCase();
		if (accountId(emailKey) == null) {
			long person = personId != null ? personId : this.people.create(name, List.of(name), null).id();
			this.jdbc.sql("""
					INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
					                     created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(email, emailKey, passwordHash(), name, person, VERIFIED_AT, VERIFIED_AT)
				.update();
		}
		return accountId(emailKey);
	}

	/**
	 * Grants a role in an event: an organiser's over the whole event, a reviewer's over
	 * one MC.
	 */
	public void grant(long eventId, long accountId, EventRole role, Long microconferenceId) {
		String scope = role == EventRole.ORGANISER ? "event" : "mc:" + microconferenceId;
		long granted = this.jdbc
			.sql("SELECT COUNT(*) FROM event_role WHERE event_id = ? AND account_id = ? AND role = ? AND scope_key = ?")
			.params(eventId, accountId, role.name(), scope)
			.query(Long.class)
			.single();
		if (granted == 0) {
			this.jdbc.sql("""
					INSERT INTO event_role (event_id, account_id, role, microconference_id, scope_key, granted_at)
					VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
				.params(eventId, accountId, role.name(), microconferenceId, scope)
				.update();
		}
	}

	private Long accountId(String emailKey) {
		return this.jdbc.sql("SELECT id FROM account WHERE email_key = ?")
			.param(emailKey)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Hashed only when an account is made: the hash is deliberately slow, and a base that
	 * asks before every test mostly finds its accounts there.
	 */
	private String passwordHash() {
		if (this.passwordHash == null) {
			this.passwordHash = this.passwords.encode(this.password);
		}
		return this.passwordHash;
	}

}
