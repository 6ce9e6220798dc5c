package org.plumbline.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * An interval (UTC) during which one person or one room of an event is declared
 * unavailable (DOMAIN.md L13); exactly one of {@code personId} and {@code roomId} is set.
 *
 * @param who the person's or room's name, as the organisers' page lists it
 * @param reason why, in a few words ("flight"), or {@code null}
 */
public record Unavailability(long id, long eventId, Long personId, Long roomId, String who, Instant startsAt,
		Instant endsAt, String reason, int version) {

	public Unavailability {
		Objects.requireNonNull(who, "who");
		if ((personId == null) == (roomId == null)) {
			throw new IllegalArgumentException("unavailability " + id + " must name one person or one room");
		}
		if (!startsAt.isBefore(endsAt)) {
			throw new IllegalArgumentException("unavailability " + id + " ends at " + endsAt + ", before it starts");
		}
	}

	/** A person's interval, for the checker and its tests. */
	public static Unavailability ofPerson(long personId, String who, Instant startsAt, Instant endsAt, String reason) {
		return new Unavailability(0, 0, personId, null, who, startsAt, endsAt, reason, 0);
	}

	/** A room's interval, for the checker and its tests. */
	public static Unavailability ofRoom(long roomId, String who, Instant startsAt, Instant endsAt, String reason) {
		return new Unavailability(0, 0, null, roomId, who, startsAt, endsAt, reason, 0);
	}

	/** Who or what is away: the same for every interval of one person or room. */
	String subject() {
		return personId != null ? "person " + personId : "room " + roomId;
	}

	boolean overlaps(PlacedSession session) {
		return session.overlaps(startsAt, endsAt);
	}

}
