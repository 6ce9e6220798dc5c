package org.plumbline.schedule.solver;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * A daily window of local time from {@code from} to {@code to}; a window whose end is not
 * after its start runs past midnight (22:00 to 02:00), and equal ends mean the whole day.
 */
public record LocalHours(LocalTime from, LocalTime to) {

	private static final long MINUTES_PER_DAY = Duration.ofDays(1).toMinutes();

	boolean contains(LocalTime start, Duration length) {
		long windowMinutes = Math.floorMod(from.until(to, ChronoUnit.MINUTES), MINUTES_PER_DAY);
		if (windowMinutes == 0) {
			return true;
		}
		long offset = Math.floorMod(from.until(start, ChronoUnit.MINUTES), MINUTES_PER_DAY);
		return offset + length.toMinutes() <= windowMinutes;
	}

}
