package org.plumbline.schedule;

import java.util.Objects;

import org.plumbline.token.OneTimeTokens;

/**
 * Who marks interest: a signed-in account, or an anonymous visitor known only by the
 * random id in their cookie. The id is kept as its hash, so that the table alone lets no
 * one act as a visitor.
 */
public record InterestMarker(Long accountId, String visitorHash) {

	/** The cookie that keeps an anonymous visitor's id, made at their first mark. */
	public static final String VISITOR_COOKIE = "plumbline-visitor";

	public InterestMarker {
		if ((accountId == null) == (visitorHash == null)) {
			throw new IllegalArgumentException("a marker is an account or a visitor");
		}
	}

	public static InterestMarker account(long accountId) {
		return new InterestMarker(accountId, null);
	}

	/** A visitor by the id in their cookie, as {@link #newVisitorId()} made it. */
	public static InterestMarker visitor(String visitorId) {
		Objects.requireNonNull(visitorId, "visitorId");
		return new InterestMarker(null, OneTimeTokens.hash(visitorId));
	}

	/** A new random visitor id, for a visitor's first mark. */
	public static String newVisitorId() {
		return OneTimeTokens.generate();
	}

	/** Whether a cookie's value can be an id {@link #newVisitorId()} made. */
	public static boolean plausibleVisitorId(String value) {
		return value != null && value.matches("[A-Za-z0-9_-]{43}");
	}

}
