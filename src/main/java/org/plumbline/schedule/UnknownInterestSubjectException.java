package org.plumbline.schedule;

/** A mark of an MC or talk that the event's public does not see (or that is none). */
public class UnknownInterestSubjectException extends RuntimeException {

	public UnknownInterestSubjectException(String message) {
		super(message);
	}

}
