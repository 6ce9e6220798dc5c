package org.plumbline.registration.domain;

import java.security.SecureRandom;

/**
 * Short references that attendees quote, on a bank transfer too: eight characters of
 * Crockford's base 32 (no I, L, O or U, which are misread), written in two groups of
 * four. 40 random bits make a guessed reference all but useless, and the database's
 * unique constraint refuses the rare repeat.
 */
public final class References {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private References() {
	}

	public static String next() {
		StringBuilder reference = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				reference.append('-');
			}
			reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

}
