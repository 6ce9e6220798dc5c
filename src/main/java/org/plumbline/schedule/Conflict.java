package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;

/**
 * One conflict, explained in words in the event's time zone; {@code startsAt} is when it
 * begins (the overlap's start, or the session's).
 *
 * @param sessionKeys the keys of the placed sessions and talks it is about
 * ({@link PlacedSession#key()}), so that it can be told whether a release would hold them
 */
public record Conflict(ConflictLevel level, ConflictRule rule, Instant startsAt, String words,
		List<String> sessionKeys) {

	public Conflict {
		sessionKeys = List.copyOf(sessionKeys);
	}

}
