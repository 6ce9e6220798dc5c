package org.plumbline.manage.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the manage pages show them: to the minute, in one named time zone (the
 * event's on its pages, UTC on the site's), so that no reader has to guess the zone.
 */
public record Times(ZoneId zone) {

	static final Times UTC = new Times(ZoneId.of("UTC"));

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

	/** The time of day of an instant in this zone: "10:05 CET". */
	public String timeOfDay(Instant instant) {
		return TIME_OF_DAY.withZone(zone).format(instant);
	}

	/** The instant in this zone, or an empty text for none. */
	public String of(Instant instant) {
		return instant == null ? "" : MINUTES.withZone(zone).format(instant);
	}

}
