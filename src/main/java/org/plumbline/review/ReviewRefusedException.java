package org.plumbline.review;

/**
 * A review that cannot be saved now (its call's review phase is not open, or the topic is
 * a draft or withdrawn); the message says why, naming any date in the event's zone.
 * Nothing was written.
 */
public class ReviewRefusedException extends RuntimeException {

	public ReviewRefusedException(String message) {
		super(message);
	}

}
