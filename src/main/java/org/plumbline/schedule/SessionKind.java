package org.plumbline.schedule;

/**
 * What a timetable session is: one block of an MC, a plain track's session, or a break.
 */
public enum SessionKind {

	MICROCONFERENCE, TRACK, BREAK

}
