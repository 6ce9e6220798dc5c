package org.plumbline.material;

/**
 * Feedback that may not be given now, such as before the talk starts or by someone not
 * registered; its message says why, to the person who asked. Nothing was written.
 */
public class FeedbackRefusedException extends RuntimeException {

	FeedbackRefusedException(String message) {
		super(message);
	}

}
