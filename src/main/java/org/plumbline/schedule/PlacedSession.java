package org.plumbline.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An MC session or a talk placed in a room for an interval (UTC), with the people it
 * needs. A talk names the session it sits inside ({@code enclosingKey}): it shares that
 * session's room and people by design, so the two never conflict with each other.
 *
 * @param interested the interest marks counted for it (an MC session: its MC's; a talk:
 * its own), against its room's seats
 */
public record PlacedSession(String key, String title, PlacedRoom room, Instant startsAt, Instant endsAt,
		List<NeededPerson> people, String enclosingKey, int interested) {

	public PlacedSession {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(room, "room");
		if (!startsAt.isBefore(endsAt)) {
			throw new IllegalArgumentException(
					"session " + key + " ends at " + endsAt + ", not after its start " + startsAt);
		}
		if (interested < 0) {
			throw new IllegalArgumentException("session " + key + " has " + interested + " interested");
		}
		people = List.copyOf(people);
	}

	/** A session with no interest counted. */
	public PlacedSession(String key, String title, PlacedRoom room, Instant startsAt, Instant endsAt,
			List<NeededPerson> people, String enclosingKey) {
		this(key, title, room, startsAt, endsAt, people, enclosingKey, 0);
	}

	public static PlacedSession mcSession(String key, String title, PlacedRoom room, Instant startsAt, Instant endsAt,
			List<NeededPerson> people) {
		return new PlacedSession(key, title, room, startsAt, endsAt, people, null);
	}

	/** A plain track's session: it holds its room and needs nobody itself. */
	public static PlacedSession trackSession(String key, String title, PlacedRoom room, Instant startsAt,
			Instant endsAt) {
		return new PlacedSession(key, title, room, startsAt, endsAt, List.of(), null);
	}

	public static PlacedSession talk(String key, String title, PlacedRoom room, Instant startsAt, Instant endsAt,
			List<NeededPerson> speakers, String enclosingKey) {
		Objects.requireNonNull(enclosingKey, "enclosingKey");
		return new PlacedSession(key, title, room, startsAt, endsAt, speakers, enclosingKey);
	}

	/** The same session with its interest counted ({@link InterestCounts}). */
	public PlacedSession withInterest(int count) {
		return new PlacedSession(key, title, room, startsAt, endsAt, people, enclosingKey, count);
	}

	boolean nestedWith(PlacedSession other) {
		return key.equals(other.enclosingKey) || other.key.equals(enclosingKey);
	}

	boolean overlaps(Instant from, Instant to) {
		return startsAt.isBefore(to) && from.isBefore(endsAt);
	}

	/** As the words name it: "Tracing (Room 2)". */
	String titleAndRoom() {
		return title + " (" + room.name() + ")";
	}

}
