package org.plumbline.copy;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One copy of an event's configuration into a new event, handed to each feature that owns
 * part of it, in one transaction. Each feature copies its own tables, counts what it
 * copied under a kind in words ("rooms"), and leaves what another feature needs to find
 * again (a plain track's new id, by its old one): the calls are copied before the review
 * phases that name their plain tracks. What it gathered is read through unmodifiable
 * views; only {@link #counted} and {@link #plainTrack} add to it.
 */
public final class EventCopy {

	private final long fromEventId;

	private final long toEventId;

	private final long actorAccountId;

	private final WeekShift shift;

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	private final Map<Long, Long> plainTracks = new HashMap<>();

	/**
	 * @param fromEventId the event copied
	 * @param toEventId the new event
	 * @param actorAccountId who copies it, for what the features record as theirs
	 * @param shift how every date and instant moves
	 */
	public EventCopy(long fromEventId, long toEventId, long actorAccountId, WeekShift shift) {
		this.fromEventId = fromEventId;
		this.toEventId = toEventId;
		this.actorAccountId = actorAccountId;
		this.shift = shift;
	}

	public long fromEventId() {
		return fromEventId;
	}

	public long toEventId() {
		return toEventId;
	}

	public long actorAccountId() {
		return actorAccountId;
	}

	public WeekShift shift() {
		return shift;
	}

	/** How many of each kind were copied, in the order the kinds were first counted. */
	public Map<String, Integer> counts() {
		return Collections.unmodifiableMap(counts);
	}

	/** Each old plain track's id with its copy's. */
	public Map<Long, Long> plainTracks() {
		return Collections.unmodifiableMap(plainTracks);
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
