package org.plumbline.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Intervals as people read them in the event's time zone: "Mon 10:00–13:30". */
final class TimeSpans {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private TimeSpans() {
	}

	/** "Mon 10:00–13:30", or "Mon 23:00–Tue 01:00" across midnight. */
	static String of(Instant from, Instant to, ZoneId zone) {
		return of(DAY, from, to, zone);
	}

	static String of(DateTimeFormatter day, Instant from, Instant to, ZoneId zone) {
		ZonedDateTime start = from.atZone(zone);
		ZonedDateTime end = to.atZone(zone);
		String endDay = start.toLocalDate().equals(end.toLocalDate()) ? "" : day.format(end) + " ";
		return day.format(start) + " " + TIME.format(start) + "–" + endDay + TIME.format(end);
	}

}
