package org.plumbline.schedule;

import java.time.Instant;

/**
 * One conflict, explained in words in the event's time zone; {@code startsAt} is when it
 * begins (the overlap's start, or the session's).
 */
public record Conflict(ConflictLevel level, ConflictRule rule, Instant startsAt, String words) {
}
