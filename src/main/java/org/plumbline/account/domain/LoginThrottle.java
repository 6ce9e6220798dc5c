package org.plumbline.account.domain;

import java.time.Duration;
import java.time.Instant;

import org.plumbline.account.AccountProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then stops, guessing of an account's password. Every attempt is counted as
 * a failure before the password is checked (a right one then clears the count), and the
 * count and the time of the next allowed attempt are written under a row lock: many
 * guesses sent at once still count one by one, and none slips through a window. From the
 * third wrong password in a row the next attempt must wait 1 s, then 2 s, 4 s...; the
 * wrong password that reaches the limit locks the account for a while. A password reset
 * lifts the lock.
 */
@Component
class LoginThrottle {

	/** Wrong passwords in a row that are allowed at full speed. */
	static final int FREE_FAILURES = 2;

	private final AccountRepository accounts;

	private final AccountProperties properties;

	LoginThrottle(AccountRepository accounts, AccountProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * Claims one sign-in attempt for an account, in a transaction of its own so that it
	 * counts even though the attempt then fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Attempt claim(long accountId, Instant now) {
		AccountRow account = accounts.lock(accountId).orElseThrow();
		if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
			return Attempt.refused(account.lockedUntil(), true);
		}
		if (account.nextLoginAt() != null && now.isBefore(account.nextLoginAt())) {
			return Attempt.refused(account.nextLoginAt(), false);
		}
		int failures = account.failedLogins() + 1;
		Instant lockedUntil = failures >= properties.maxFailedLogins() ? now.plus(properties.lockDuration()) : null;
		accounts.recordLoginAttempt(accountId, lockedUntil != null ? 0 : failures, now.plus(delayAfter(failures)),
				lockedUntil);
		return new Attempt(true, lockedUntil, lockedUntil != null);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(long accountId) {
		accounts.clearLoginFailures(accountId);
	}

	/** The wait before the attempt that follows this many wrong passwords in a row. */
	static Duration delayAfter(int failures) {
		if (failures <= FREE_FAILURES) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES - 1, 10));
	}

	/**
	 * The outcome of a claim.
	 *
	 * @param allowed whether the password may be checked now
	 * @param until when refused: when the next attempt is allowed; when allowed: the end
	 * of the lock that a wrong password now sets, or null
	 * @param locked when refused, whether the account is locked (rather than slowed
	 * down); when allowed, whether a wrong password locks it
	 */
	record Attempt(boolean allowed, Instant until, boolean locked) {

		static Attempt refused(Instant until, boolean locked) {
			return new Attempt(false, until, locked);
		}

	}

}
