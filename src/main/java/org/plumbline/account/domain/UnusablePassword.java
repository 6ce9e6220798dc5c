package org.plumbline.account.domain;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hash of a random password that is never shown, for accounts nobody can sign in to
 * until their owner sets a password through "forgot password" (generated and restored
 * accounts). Made once per instance, because hashing a password costs tens of
 * milliseconds by design.
 */
@Component
public class UnusablePassword {

	private static final int PASSWORD_BYTES = 24;

	private final PasswordEncoder passwords;

	private String hash;

	UnusablePassword(PasswordEncoder passwords) {
		this.passwords = passwords;
	}

	public synchronized String hash() {
		if (hash == null) {
			byte[] secret = new byte[PASSWORD_BYTES];
			new SecureRandom().nextBytes(secret);
			hash = passwords.encode(Base64.getEncoder().encodeToString(secret));
		}
		return hash;
	}

}
