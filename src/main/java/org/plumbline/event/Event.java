package org.plumbline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An event: its slug, name, dates (inclusive, local to its time zone) and optional venue.
 */
public record Event(long id, String slug, String name, LocalDate startDate, LocalDate endDate, ZoneId timeZone,
		String venue, int version) {

	/** The dates as people write them: "Nov 13 – 15, 2023". */
	public String dateRange() {
		return EventDates.format(startDate, endDate);
	}

	/** The instant its first day begins in its zone. */
	public Instant startsAt() {
		return startDate.atStartOfDay(timeZone).toInstant();
	}

}
