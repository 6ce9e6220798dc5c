package org.plumbline.schedule.solver;

/**
 * A person (by index) needed in a session while declared unavailable. As the timetable's
 * checker counts a talk inside its MC's session, a lead or key attendee is needed by the
 * session and counts once for it, however many of its talks fall in their absence; a
 * presenter counts once for each talk of theirs.
 *
 * @param talk the presenter's talk (its index), or {@link #WHOLE_SESSION} for a lead or
 * key attendee
 * @param keyAttendee whether they are needed as a key attendee (medium), not as a lead or
 * presenter (hard)
 */
record Absence(int person, Session session, int talk, boolean keyAttendee) {

	static final int WHOLE_SESSION = -1;

	boolean ofWholeSession() {
		return talk == WHOLE_SESSION;
	}

}
