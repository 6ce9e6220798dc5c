package org.plumbline.review;

import java.time.Instant;
import java.time.ZoneId;

import org.plumbline.cfp.CallTimes;
import org.plumbline.event.EventTimes;

/**
 * The window in which a call's topics may be reviewed (DOMAIN.md, L9): the call's own, or
 * the event's default.
 *
 * @param opensAt when reviews may first be saved, or {@code null} while none is set
 * @param closesAt when the last may be saved, or {@code null} while none is set
 * @param own whether the window is the call's own rather than the event's
 * @param version the version of the row the window was read from (0 while there is none)
 */
public record ReviewPhase(Instant opensAt, Instant closesAt, boolean own, int version) {

	public static final ReviewPhase NONE = new ReviewPhase(null, null, false, 0);

	public boolean isSet() {
		return opensAt != null && closesAt != null;
	}

	public boolean isOpenAt(Instant now) {
		return isSet() && !now.isBefore(opensAt) && now.isBefore(closesAt);
	}

	/**
	 * Why reviews of the call cannot be saved at this instant, naming the dates in the
	 * event's zone; {@code null} while the phase is open.
	 */
	public String refusal(String callName, Instant now, ZoneId zone) {
		if (isOpenAt(now)) {
			return null;
		}
		if (!isSet()) {
			return "The review phase of " + callName + " has no dates yet; reviews cannot be saved.";
		}
		if (now.isBefore(opensAt)) {
			return "The review phase of " + callName + " opens on " + EventTimes.shown(opensAt, zone)
					+ "; reviews cannot be saved before then.";
		}
		return "The review phase of " + callName + " closed on " + EventTimes.shown(closesAt, zone)
				+ "; reviews can no longer be saved or changed.";
	}

	public String shown(ZoneId zone) {
		return isSet() ? EventTimes.shown(opensAt, zone) + " to " + EventTimes.shown(closesAt, zone) : "not set";
	}

}
