package org.plumbline.pagecache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags as a hash of the bytes sent: the exports and the API have no stored
 * revision saying when an answer changed (a release fixes places and times, but titles
 * and names are read live), nor has a kept page.
 */
public final class Etags {

	private Etags() {
	}

	/** A strong tag: these exact bytes. */
	public static String strong(byte[] bytes) {
		return "\"" + hash(bytes) + "\"";
	}

	/**
	 * A weak tag: the same meaning, which a compressing proxy may send as other bytes.
	 */
	public static String weak(byte[] bytes) {
		return "W/" + strong(bytes);
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
