package org.plumbline.review.web;

import org.plumbline.review.Review;
import org.plumbline.review.ReviewInput;

/**
 * The review form: the score (-2..+2), the comment, and the version of the review it was
 * opened at (empty while the reviewer has none). Bound as text, so that binding never
 * fails before the page has checked who asks.
 */
record ReviewForm(String score, String comment, String version) {

	static final ReviewForm EMPTY = new ReviewForm("", "", "");

	static ReviewForm of(Review review) {
		return review == null ? EMPTY : new ReviewForm(Integer.toString(review.score()),
				review.comment() == null ? "" : review.comment(), Integer.toString(review.version()));
	}

	ReviewInput input() {
		return new ReviewInput(score, comment);
	}

	ReviewForm withVersion(Review current) {
		return new ReviewForm(score, comment, current == null ? "" : Integer.toString(current.version()));
	}

	String commentShown() {
		return comment == null ? "" : comment;
	}

}
