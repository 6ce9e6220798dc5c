package org.plumbline.material;

/**
 * A talk that the event's released timetable does not hold, or feedback the asking
 * account may not read: pages answer both with 404, so a stranger learns nothing.
 */
public class FeedbackNotFoundException extends RuntimeException {

	FeedbackNotFoundException(String message) {
		super(message);
	}

}
