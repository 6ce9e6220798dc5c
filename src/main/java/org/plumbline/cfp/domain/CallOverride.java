package org.plumbline.cfp.domain;

import java.time.Instant;
import java.util.List;

/**
 * A call's own settings as stored: any of them may be {@code null}, meaning the event's
 * default.
 */
public record CallOverride(Instant opensAt, Instant closesAt, List<Integer> durations, int version) {

	public static final CallOverride NONE = new CallOverride(null, null, null, 0);

}
