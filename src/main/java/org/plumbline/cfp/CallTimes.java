package org.plumbline.cfp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Instants of a call as its forms take them: typed in the event's time zone, to the
 * minute. They are shown with {@link org.plumbline.event.EventTimes}, the zone named, so
 * that no speaker has to guess which evening a deadline means.
 */
public final class CallTimes {

	/** What a {@code datetime-local} field shows and sends. */
	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ENGLISH);

	private CallTimes() {
	}

	/**
	 * The instant as a {@code datetime-local} field's value in the zone; empty for none.
	 */
	public static String field(Instant instant, ZoneId zone) {
		return instant == null ? "" : FIELD.withZone(zone).format(instant);
	}

	/**
	 * The instant a typed date and time names in the zone: a {@code datetime-local}
	 * field's value ("2027-03-01T18:00"), or the same with a space as people type it;
	 * empty for blank or malformed text. A local time that the zone skips (a
	 * daylight-saving gap) is moved forward by the gap, as the zone's rules do.
	 */
	public static Optional<Instant> parsed(String typed, ZoneId zone) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(typed.strip().replace(' ', 'T')).atZone(zone).toInstant());
		}
		catch (DateTimeException malformed) {
			return Optional.empty();
		}
	}

}
