package org.plumbline.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The topics one call received, by day in the event's time zone.
 *
 * @param deadline when the call closes, or {@code null} while it has no window
 * @param days the days on which topics were submitted, in order
 */
public record CallSubmissions(String name, Instant deadline, List<Tally> days) {

	public CallSubmissions {
		days = List.copyOf(days);
	}

	public int total() {
		return days.isEmpty() ? 0 : days.getLast().total();
	}

	/** The topics submitted on a day, and all submitted up to its end. */
	public record Tally(LocalDate day, int submitted, int total) {

	}

}
