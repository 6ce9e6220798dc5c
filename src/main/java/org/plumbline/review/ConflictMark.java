package org.plumbline.review;

import java.time.Instant;

/**
 * An organiser's mark: the account must not review, see the reviews of, or decide any
 * topic the person speaks on.
 */
public record ConflictMark(long id, long accountId, String accountName, String accountEmail, long personId,
		String personName, String reason, Instant markedAt) {

}
