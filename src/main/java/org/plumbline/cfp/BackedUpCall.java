package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;

/**
 * A call's settings as a backup of its event holds them: the event's default call for
 * topics, whose every setting is given, or an MC's own call, whose settings not given
 * ({@code null}) are the event's.
 *
 * @param durations the minutes its topics may last, in order
 * @param minutesBudget how many minutes of talks its leads may accept
 * @param reminderDays how many days before the deadline speakers are reminded; the
 * event's only
 */
public record BackedUpCall(Instant opensAt, Instant closesAt, List<Integer> durations, Integer minutesBudget,
		Integer reminderDays) {

	public BackedUpCall {
		durations = durations == null ? null : List.copyOf(durations);
	}

}
