package org.plumbline.review;

/**
 * A review form as it was sent: the score as typed (checked to be -2..+2) and the
 * comment.
 */
public record ReviewInput(String score, String comment) {

	public static final int MAX_COMMENT_LENGTH = 5000;

}
