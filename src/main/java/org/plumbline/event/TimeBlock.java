package org.plumbline.event;

import java.time.Instant;

/**
 * A period of one day, the same in every room, with an optional break inside; instants in
 * UTC.
 */
public record TimeBlock(long id, String label, Instant startsAt, Instant endsAt, Instant breakStartsAt,
		Instant breakEndsAt) {
}
