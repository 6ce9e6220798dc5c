package org.plumbline.review;

import java.time.Instant;

/**
 * A review as a backup of its event holds it, with its topic and reviewer by their ids.
 *
 * @param score from -2 to +2
 * @param comment the reviewer's text, or {@code null}
 */
public record BackedUpReview(long topicId, long reviewerAccountId, int score, String comment, Instant createdAt,
		Instant updatedAt) {
}
