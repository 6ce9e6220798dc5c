package org.plumbline.people;

/**
 * A merge that was not done, with a message an organiser can read; nothing was changed.
 */
public class MergeRefusedException extends RuntimeException {

	/** Why, for a page that answers each case differently. */
	public enum Reason {

		/** Both ids name the same person. */
		SAME_PERSON,

		/** One of the two was merged into someone already. */
		ALREADY_MERGED,

		/** Both have an account, and a person has at most one. */
		BOTH_HAVE_ACCOUNTS,

		/** One of the two changed since the organiser chose (its version differs). */
		CHANGED_MEANWHILE

	}

	private final Reason reason;

	public MergeRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
