package org.plumbline.microconference;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

import org.plumbline.event.EventTimes;

/**
 * An event's Call for Microconferences: the window in which MCs are proposed, edited and
 * withdrawn.
 *
 * @param version for optimistic locking of the organisers' settings form
 */
public record McCall(long eventId, Instant opensAt, Instant closesAt, int version) {

	public boolean isOpenAt(Instant now) {
		return !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/** The next instant after {@code now} at which the call opens or closes, if any. */
	public Optional<Instant> nextChangeAfter(Instant now) {
		return Stream.of(opensAt, closesAt).filter(now::isBefore).findFirst();
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
			return "The Call for Microconferences opens on " + EventTimes.shown(opensAt, zone) + ".";
		}
		return "The Call for Microconferences closed on " + EventTimes.shown(closesAt, zone)
				+ "; proposals can no longer be saved, edited or withdrawn.";
	}

	/** The refusal for an event that has no call at all. */
	public static String none() {
		return "This event has no Call for Microconferences yet.";
	}

}
