package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plumbline.account.AccountProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Caps the sign-up mails that one client address sets off: at most
 * {@code plumbline.accounts.sign-up-mails-per-client} in the hour from the first of them.
 * A sign-up with new credentials always mails its own link (so that no one can hold back
 * another's), which leaves this cap, kept in the database for every instance alike, as
 * what stops the form from flooding mailboxes.
 */
@Component
class SignUpClientLimit {

	static final Duration PERIOD = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final Clock clock;

	SignUpClientLimit(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one mail for a client, in the caller's transaction, unless it has had its
	 * share in the current period; each step is one statement, so sign-ups sent at once
	 * count one by one.
	 * @return whether the mail may be sent
	 * @throws DuplicateKeyException if another sign-up counted the client's first mail at
	 * the same moment: the caller tries again in a new transaction, and then finds it
	 */
	boolean claim(String clientAddress, Instant now) {
		Instant periodOver = now.minus(PERIOD);
		int counted = jdbc.sql("""
				UPDATE sign_up_client
				SET mails = CASE WHEN mails_since <= ? THEN 1 ELSE mails + 1 END,
				    mails_since = CASE WHEN mails_since <= ? THEN ? ELSE mails_since END
				WHERE client_address = ? AND (mails_since <= ? OR mails < ?)""")
			.params(utc(periodOver), utc(periodOver), utc(now), clientAddress, utc(periodOver),
					properties.signUpMailsPerClient())
			.update();
		if (counted == 1) {
			return true;
		}
		return jdbc.sql("""
				INSERT INTO sign_up_client (client_address, mails_since, mails)
				SELECT ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM sign_up_client WHERE client_address = ?)""")
			.params(clientAddress, utc(now), clientAddress)
			.update() == 1;
	}

	/** Runs {@link #prune} every ten minutes, on each instance (it is idempotent). */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void pruneNow() {
		prune(clock.instant());
	}

	/**
	 * Forgets the clients whose period is over, so the table holds only what may still
	 * hold a client back.
	 * @return how many clients were forgotten
	 */
	int prune(Instant now) {
		return jdbc.sql("DELETE FROM sign_up_client WHERE mails_since <= ?").param(utc(now.minus(PERIOD))).update();
	}

}
