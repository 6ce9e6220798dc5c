package org.plumbline.schedule;

/**
 * A timetable change asked for by someone who may not make it (a lead acting on another
 * MC, someone who organises nothing): to them the page does not exist, and the web layer
 * answers 404. Nothing was written.
 */
public class TimetableNotFoundException extends RuntimeException {

	public TimetableNotFoundException(String message) {
		super(message);
	}

}
