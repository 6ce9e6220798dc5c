package org.plumbline.event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An instant as every page and message of an event shows it: to the minute in the event's
 * zone, with the zone named ("2027-03-01 18:00 Europe/Berlin"), so that a reader in
 * another zone is never misled.
 */
public final class EventTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter LOCAL_FIELD = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm",
			Locale.ENGLISH);

	private EventTimes() {
	}

	/** The instant in the zone; empty for none. */
	public static String shown(Instant instant, ZoneId zone) {
		return instant == null ? "" : MINUTES.withZone(zone).format(instant) + " " + zone.getId();
	}

	/**
	 * What a {@code datetime-local} field shows for the instant in the zone; empty for
	 * none.
	 */
	public static String field(Instant instant, ZoneId zone) {
		return instant == null ? "" : LOCAL_FIELD.withZone(zone).format(instant);
	}

}
