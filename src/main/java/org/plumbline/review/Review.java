package org.plumbline.review;

import java.time.Instant;

/**
 * One reviewer's review of one topic.
 *
 * @param comment the reviewer's text, or {@code null}
 */
public record Review(long id, long topicId, long reviewerId, String reviewerName, int score, String comment,
		Instant updatedAt, int version) {

	/** The scale of DOMAIN.md's reviews, the same as the Call for Microconferences'. */
	public static final int MIN_SCORE = -2;

	public static final int MAX_SCORE = 2;

	public String scoreShown() {
		return score > 0 ? "+" + score : Integer.toString(score);
	}

}
