package org.plumbline.account;

import java.time.Instant;
import java.util.List;

import org.plumbline.people.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verified accounts made directly in the database, for tests about what accounts may do
 * rather than how they are opened.
 */
final class AccountFixture {

	static final String PASSWORD = "fixture password";

	private final JdbcClient jdbc;

	private final PersonDirectory people;

	private final String passwordHash;

	AccountFixture(JdbcClient jdbc, PersonDirectory people, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.people = people;
		this.passwordHash = passwords.encode(PASSWORD);
	}

	/** A verified account with its own new person; returns the account id. */
	long account(String email, String name) {
		long personId = people.create(name, List.of(name), null).id();
		return account(email, name, personId);
	}

	/** A verified account linked to an existing person (an MC lead, say). */
	long account(String email, String name, long personId) {
		Instant now = Instant.parse("2026-11-25T08:00:00Z");
		jdbc.sql(
				"""
						INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(email, email.toLowerCase(), passwordHash, name, personId, now.atOffset(java.time.ZoneOffset.UTC),
					now.atOffset(java.time.ZoneOffset.UTC))
			.update();
		return jdbc.sql("SELECT id FROM account WHERE email_key = ?")
			.param(email.toLowerCase())
			.query(Long.class)
			.single();
	}

	void grant(long eventId, long accountId, EventRole role, Long microconferenceId) {
		jdbc.sql("""
				INSERT INTO event_role (event_id, account_id, role, microconference_id, scope_key, granted_at)
				VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""")
			.params(eventId, accountId, role.name(), microconferenceId,
					role == EventRole.ORGANISER ? "event" : "mc:" + microconferenceId)
			.update();
	}

}
