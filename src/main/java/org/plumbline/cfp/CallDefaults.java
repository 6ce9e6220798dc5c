package org.plumbline.cfp;

import java.time.Instant;
import java.util.List;

/**
 * The window and durations an event's calls use unless they set their own.
 *
 * @param opensAt {@code null} while the organisers have set no window
 * @param version 0 while nothing is set, for optimistic locking
 */
public record CallDefaults(Instant opensAt, Instant closesAt, List<Integer> durations, int version) {

	public static final CallDefaults NONE = new CallDefaults(null, null, List.of(), 0);

	public CallDefaults {
		durations = List.copyOf(durations);
	}

}
