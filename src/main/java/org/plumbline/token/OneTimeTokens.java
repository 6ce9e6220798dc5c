package org.plumbline.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in mailed links: 256 random bits, of which the token tables store only the
 * SHA-256. The mail that carries a link keeps it in the outbox (mail_outbox.text_body)
 * until it is deleted: the outbox, like the session table, is as secret as the links it
 * holds, for as long as they work.
 */
public final class OneTimeTokens {

	/** Longer input is no token of ours and is not hashed. */
	public static final int MAX_LENGTH = 100;

	private static final int BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeTokens() {
	}

	public static String generate() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	public static boolean plausible(String token) {
		return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH;
	}

}
