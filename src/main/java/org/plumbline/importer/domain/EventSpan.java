package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The event's days and zone as the file gives them, for the rules of what happens on
 * those days; each is null when the file's own is missing or wrong (reported where it
 * is), and the checks that need it are skipped.
 */
record EventSpan(LocalDate start, LocalDate end, ZoneId zone) {

	/** Whether both dates are known and the day is not between them. */
	boolean excludes(LocalDate day) {
		return start != null && end != null && (day.isBefore(start) || day.isAfter(end));
	}

	String dates() {
		return start + " to " + end;
	}

}
