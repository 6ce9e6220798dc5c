package org.plumbline.schedule.solver;

/** A person needed in a session, as one of its track's key attendees or otherwise. */
record PersonInSession(String person, Session session, boolean keyAttendee) {
}
