package org.plumbline.schedule;

/**
 * A timetable change or release that its rules do not allow now (a stale edit, a session
 * outside its block, a conflict whose policy blocks it); the message says why, in words
 * for organisers. Nothing was written.
 */
public class TimetableRefusedException extends RuntimeException {

	public TimetableRefusedException(String message) {
		super(message);
	}

}
