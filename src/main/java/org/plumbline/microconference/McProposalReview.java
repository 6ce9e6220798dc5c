package org.plumbline.microconference;

import java.time.Instant;

/**
 * One organiser's review of a proposal: a score from -2 to +2 and a comment. Proposers
 * never see it.
 */
public record McProposalReview(long reviewerAccountId, String reviewerName, int score, String comment,
		Instant updatedAt, int version) {

	public static final int MIN_SCORE = -2;

	public static final int MAX_SCORE = 2;

	public static final int MAX_COMMENT_LENGTH = 5000;

	/** The score as the pages show it: "+2", "0", "-1". */
	public String shownScore() {
		return score > 0 ? "+" + score : Integer.toString(score);
	}

}
