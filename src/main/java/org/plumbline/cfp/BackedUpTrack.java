package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;

/**
 * A plain track as a backup of its event holds it, with its call's own settings.
 *
 * @param opensAt its call's own opening, or {@code null} for the event's
 * @param closesAt its call's own deadline, or {@code null} for the event's
 * @param durations the minutes its topics may last, in order
 * @param minutesBudget its call's own budget, or {@code null} for the event's
 */
public record BackedUpTrack(String slug, String name, Instant opensAt, Instant closesAt, List<Integer> durations,
		Integer minutesBudget) {

	public BackedUpTrack {
		durations = List.copyOf(durations);
	}

}
