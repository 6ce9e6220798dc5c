package org.plumbline.schedule.solver;

/**
 * A person (by index) needed in a session, as one of its track's key attendees or
 * otherwise.
 */
record PersonInSession(int person, Session session, boolean keyAttendee) {
}
