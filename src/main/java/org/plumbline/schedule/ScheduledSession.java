package org.plumbline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.event.Room;

/**
 * A session of a released version: an MC session, a plain track's session or a break,
 * with its talks in time order.
 *
 * @param title the MC's or plain track's title as it is now, or the break's words
 * @param trackSlug the MC's or plain track's slug; {@code null} for a break
 * @param room {@code null} for a break in every room
 * @param leads an MC session's leads in order; empty otherwise
 */
public record ScheduledSession(UUID guid, int exportNumber, SessionKind kind, String title, String trackSlug, Room room,
		Instant startsAt, Instant endsAt, List<ScheduledPerson> leads, List<ScheduledTalk> talks) {

	public ScheduledSession {
		leads = List.copyOf(leads);
		talks = List.copyOf(talks);
	}

	public Duration duration() {
		return Duration.between(startsAt, endsAt);
	}

}
