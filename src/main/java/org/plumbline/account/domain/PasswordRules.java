package org.plumbline.account.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which new passwords are accepted: long enough to resist guessing, and within what
 * bcrypt reads (72 bytes; it would silently ignore the rest).
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** What is wrong with a new password, in words, or empty if it is accepted. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("Use at most " + MAX_BYTES + " bytes (72 letters without accents, fewer with).");
		}
		if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
			return Optional.of("Your email address is no password; choose another.");
		}
		return Optional.empty();
	}

}
