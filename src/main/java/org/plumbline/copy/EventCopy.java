package org.plumbline.copy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One copy of an event's configuration into a new event, handed to each feature that owns
 * part of it, in one transaction. Each feature copies its own tables, counts what it
 * copied under a kind in words ("rooms"), and leaves what another feature needs to find
 * again (a plain track's new id, by its old one).
 *
 * @param fromEventId the event copied
 * @param toEventId the new event
 * @param actorAccountId who copies it, for what the features record as theirs
 * @param shift how every date and instant moves
 */
public record EventCopy(long fromEventId, long toEventId, long actorAccountId, WeekShift shift,
		Map<String, Integer> counts, Map<Long, Long> plainTracks) {

	public EventCopy(long fromEventId, long toEventId, long actorAccountId, WeekShift shift) {
		this(fromEventId, toEventId, actorAccountId, shift, new LinkedHashMap<>(), new HashMap<>());
	}

	/** Adds to the count of a kind, so that a kind copied in two steps counts once. */
	public void counted(String kind, int copied) {
		counts.merge(kind, copied, Integer::sum);
	}

	/** Remembers that the new event's plain track {@code to} is the old {@code from}. */
	public void plainTrack(long from, long to) {
		plainTracks.put(from, to);
	}

	public Optional<Long> newPlainTrack(long oldId) {
		return Optional.ofNullable(plainTracks.get(oldId));
	}

}
