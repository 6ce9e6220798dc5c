package org.plumbline.review;

/**
 * A conflict form as it was sent: the address of the account, the person it is conflicted
 * with (as the form's choice sends it), and why.
 */
public record ConflictInput(String email, String personId, String reason) {

	public static final int MAX_REASON_LENGTH = 500;

}
