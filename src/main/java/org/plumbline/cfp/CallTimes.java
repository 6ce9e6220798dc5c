package org.plumbline.cfp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Instants of a call as its forms take them: typed in the event's time zone, to the
 * minute. They are shown with {@link org.plumbline.event.EventTimes}, the zone named, so
 * that no speaker has to guess which evening a deadline means, and filled into a form's
 * field with {@link org.plumbline.event.EventTimes#field}.
 */
public final class CallTimes {

	private CallTimes() {
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
