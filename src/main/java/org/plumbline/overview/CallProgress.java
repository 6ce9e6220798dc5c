package org.plumbline.overview;

/**
 * How far review has come in one call (see
 * {@link org.plumbline.review.CallReviewProgress}).
 */
public record CallProgress(String name, int submitted, int reviewed, int decided, int confirmed) {

}
