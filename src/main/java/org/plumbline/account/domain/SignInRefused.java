package org.plumbline.account.domain;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that was refused for a reason the person may be told, which the sign-in page
 * shows. The email and the password are never part of it.
 */
public class SignInRefused extends AuthenticationException {

	/** Why, in the terms the sign-in page uses. */
	public enum Reason {

		/** Unknown address or wrong password: the two are not told apart. */
		WRONG_CREDENTIALS,
		/** Too many wrong passwords in a row: wait until {@link #until()}. */
		TOO_SOON,
		/** Too many wrong passwords: locked until {@link #until()}. */
		LOCKED,
		/**
		 * The address is not verified yet; a new link is mailed, at most one a minute.
		 */
		NOT_VERIFIED

	}

	private final Reason reason;

	private final Instant until;

	SignInRefused(Reason reason, Instant until) {
		super(reason.name());
		this.reason = reason;
		this.until = until;
	}

	public Reason reason() {
		return reason;
	}

	/** For {@link Reason#TOO_SOON} and {@link Reason#LOCKED}, else null. */
	public Instant until() {
		return until;
	}

}
