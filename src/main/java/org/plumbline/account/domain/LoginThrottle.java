package org.plumbline.account.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.plumbline.account.AccountProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down, then stops, guessing of a password, by the address typed, whether or not an
 * account has it: the answers tell no one which addresses have accounts. Every attempt is
 * counted as a failure before the password is checked (a right one then clears the
 * count), under a row lock: many guesses sent at once still count one by one, and none
 * slips through a window. From the third wrong password in a row the next attempt must
 * wait 1 s, then 2 s, 4 s...; the wrong password that reaches the limit locks the address
 * for a while. A password reset lifts the lock. Each step runs in a transaction of its
 * own, so an attempt counts even though the sign-in then fails. Addresses left alone for
 * longer than the lock period are forgotten.
 */
@Component
class LoginThrottle {

	/** Wrong passwords in a row that are allowed at full speed. */
	static final int FREE_FAILURES = 2;

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AccountProperties properties, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Claims one sign-in attempt for an address (its lower-cased key). */
	Attempt claim(String emailKey, Instant now) {
		Attempt attempt;
		do {
			insertIfMissing(emailKey);
			// null if a right password or the clean-up removed the row in between
			attempt = ownTransaction.execute(status -> claimLocked(emailKey, now));
		}
		while (attempt == null);
		return attempt;
	}

	private void insertIfMissing(String emailKey) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
					INSERT INTO login_throttle (email_key, failed_logins)
					SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM login_throttle WHERE email_key = ?)""")
				.params(emailKey, emailKey)
				.update());
		}
		catch (DuplicateKeyException anotherAttemptCreatedItFirst) {
			// The row exists now, which is all that was needed.
		}
	}

	private Attempt claimLocked(String emailKey, Instant now) {
		State state = jdbc.sql("""
				SELECT failed_logins, next_login_at, locked_until FROM login_throttle WHERE email_key = ? FOR UPDATE""")
			.param(emailKey)
			.query((rs, row) -> new State(rs.getInt("failed_logins"), instant(rs, "next_login_at"),
					instant(rs, "locked_until")))
			.optional()
			.orElse(null);
		if (state == null) {
			return null;
		}
		if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
			return Attempt.refused(state.lockedUntil(), true);
		}
		if (state.nextLoginAt() != null && now.isBefore(state.nextLoginAt())) {
			return Attempt.refused(state.nextLoginAt(), false);
		}
		int failures = state.failedLogins() + 1;
		Instant lockedUntil = failures >= properties.maxFailedLogins() ? now.plus(properties.lockDuration()) : null;
		jdbc.sql("UPDATE login_throttle SET failed_logins = ?, next_login_at = ?, locked_until = ? WHERE email_key = ?")
			.params(lockedUntil != null ? 0 : failures, utc(now.plus(delayAfter(failures))), utc(lockedUntil), emailKey)
			.update();
		return new Attempt(true, lockedUntil, lockedUntil != null);
	}

	/** Forgets the failures of an address: a right password, or a new one set by mail. */
	void clear(String emailKey) {
		ownTransaction.executeWithoutResult(
				status -> jdbc.sql("DELETE FROM login_throttle WHERE email_key = ?").param(emailKey).update());
	}

	/** Runs {@link #prune} every ten minutes, on each instance (it is idempotent). */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void pruneNow() {
		prune(clock.instant());
	}

	/**
	 * Forgets the addresses whose lock and last wrong password are older than the lock
	 * period ({@code plumbline.accounts.lock-duration}), so the table holds only what may
	 * still slow someone down. A row whose attempt is being claimed has no next_login_at
	 * yet and stays.
	 * @return how many addresses were forgotten
	 */
	int prune(Instant now) {
		Instant before = now.minus(properties.lockDuration());
		return ownTransaction.execute(status -> jdbc.sql("""
				DELETE FROM login_throttle
				WHERE next_login_at < ? AND (locked_until IS NULL OR locked_until < ?)""")
			.params(utc(before), utc(before))
			.update());
	}

	/** The wait before the attempt that follows this many wrong passwords in a row. */
	static Duration delayAfter(int failures) {
		if (failures <= FREE_FAILURES) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES - 1, 10));
	}

	private record State(int failedLogins, Instant nextLoginAt, Instant lockedUntil) {
	}

	/**
	 * The outcome of a claim.
	 *
	 * @param allowed whether the password may be checked now
	 * @param until when refused: when the next attempt is allowed; when allowed: the end
	 * of the lock that a wrong password now sets, or null
	 * @param locked when refused, whether the address is locked (rather than slowed
	 * down); when allowed, whether a wrong password locks it
	 */
	record Attempt(boolean allowed, Instant until, boolean locked) {

		static Attempt refused(Instant until, boolean locked) {
			return new Attempt(false, until, locked);
		}

	}

}
