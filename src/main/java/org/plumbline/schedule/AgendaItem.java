package org.plumbline.schedule;

import java.time.Instant;
import java.util.UUID;

import org.plumbline.event.Room;

/**
 * One entry of a personal agenda: a marked talk, or a session of a marked MC.
 *
 * @param guid the talk's (its topic's) or the MC session's GUID
 * @param trackTitle the MC's or plain track's title; the same as {@code title} for a
 * session
 * @param wholeSession whether it is an MC session rather than one talk
 */
public record AgendaItem(UUID guid, String title, String trackTitle, Room room, Instant startsAt, Instant endsAt,
		boolean wholeSession) {
}
