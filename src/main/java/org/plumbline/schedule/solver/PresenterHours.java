package org.plumbline.schedule.solver;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a remote presenter can present, in their own time zone: suitable hours, and the
 * wider acceptable hours.
 */
public record PresenterHours(ZoneId zone, LocalHours suitable, LocalHours acceptable) {

	boolean suitableFor(Instant start, Duration length) {
		return suitable.contains(start.atZone(zone).toLocalTime(), length);
	}

	boolean acceptableFor(Instant start, Duration length) {
		return acceptable.contains(start.atZone(zone).toLocalTime(), length);
	}

}
