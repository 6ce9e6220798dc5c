package org.plumbline.microconference;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An event's Call for Microconferences: the window in which MCs are proposed, edited and
 * withdrawn.
 *
 * @param version for optimistic locking of the organisers' settings form
 */
public record McCall(long eventId, Instant opensAt, Instant closesAt, int version) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

	public boolean isOpenAt(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/**
	 * Why proposals cannot be saved at this instant, naming the dates in the event's
	 * zone; {@code null} while the call is open.
	 */
	public String refusal(Instant now, ZoneId zone) {
		if (isOpenAt(now)) {
			return null;
		}
		if (now.isBefore(opensAt)) {
			return "The Call for Microconferences opens on " + shown(opensAt, zone) + ".";
		}
		return "The Call for Microconferences closed on " + shown(closesAt, zone)
				+ "; proposals can no longer be saved, edited or withdrawn.";
	}

	/**
	 * An instant as the call's pages and messages show it, to the minute with the zone
	 * named, as the calls for topics do ("2027-03-01 18:00 Europe/Berlin").
	 */
	public static String shown(Instant instant, ZoneId zone) {
		return instant == null ? "" : MINUTES.withZone(zone).format(instant) + " " + zone.getId();
	}

	/** The refusal for an event that has no call at all. */
	public static String none() {
		return "This event has no Call for Microconferences yet.";
	}

}
