package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.plumbline.validation.FieldChecks;

/**
 * A time on the event's clock as an instant, read as a typed one is
 * ({@link FieldChecks#localTime}): a local time the zone skips (a daylight-saving gap)
 * names no instant, so it is refused rather than moved by the gap, and a time the zone
 * has twice (the hour after clocks go back) is the earlier one.
 */
final class LocalTimes {

	private LocalTimes() {
	}

	/**
	 * The instant of a time on the clock in the zone.
	 * @throws TimetableRefusedException for a time the zone skips
	 */
	static Instant onTheClock(LocalDateTime local, ZoneId zone) {
		Optional<String> skipped = FieldChecks.skipped(local, zone);
		if (skipped.isPresent()) {
			throw new TimetableRefusedException(skipped.get());
		}
		return local.atZone(zone).toInstant();
	}

}
