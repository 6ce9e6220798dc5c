package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * By how much each ticket type's places held and waiting line changed in each quarter of
 * an hour (UTC), kept up to date by the repositories that write registrations, in the
 * transaction of each write that makes one, offers it a place or ends it. A registration
 * held a place from when it was made (or offered one from the waiting line) until it
 * ended; it waited, if it was made into the waiting line, until it was offered a place or
 * ended. MC passes are no ticket type and are not counted.
 */
@Repository
public class ChangeCountRepository {

	private static final long QUARTER_HOUR_SECONDS = 900;

	private final JdbcClient jdbc;

	ChangeCountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a registration's own timestamps tell of the places it held and its waiting.
	 */
	public record Story(long eventId, long ticketTypeId, boolean joinedLine, Instant createdAt, Instant offeredAt,
			Instant endedAt) {

		/** The same registration before it was offered a place or ended. */
		Story waitingOrHolding() {
			return new Story(eventId, ticketTypeId, joinedLine, createdAt, null, null);
		}

		/** The same registration before it ended. */
		Story notEnded() {
			return new Story(eventId, ticketTypeId, joinedLine, createdAt, offeredAt, null);
		}

		/** Its changes by quarter hour: places held, then waiting. */
		private void addTo(Map<Long, int[]> changes, int sign) {
			boolean held = !joinedLine || offeredAt != null;
			if (held) {
				move(changes, offeredAt != null ? offeredAt : createdAt, sign, 0);
				if (endedAt != null) {
					move(changes, endedAt, -sign, 0);
				}
			}
			if (joinedLine) {
				move(changes, createdAt, 0, sign);
				if (offeredAt != null || endedAt != null) {
					move(changes, offeredAt != null ? offeredAt : endedAt, 0, -sign);
				}
			}
		}

		private static void move(Map<Long, int[]> changes, Instant at, int holding, int waiting) {
			int[] change = changes.computeIfAbsent(quarterHour(at), quarter -> new int[2]);
			change[0] += holding;
			change[1] += waiting;
		}

	}

	/** Counts new registrations of one ticket type. */
	void made(long eventId, long ticketTypeId, Collection<Story> made) {
		Map<Long, int[]> changes = new TreeMap<>();
		made.forEach(story -> story.addTo(changes, 1));
		apply(eventId, ticketTypeId, changes);
	}

	/**
	 * Counts what the write just made of the registration changed, against what it was; a
	 * registration of no ticket type counts for nothing.
	 */
	void changed(long registrationId, boolean ended) {
		jdbc.sql("""
				SELECT event_id, ticket_type_id, joined_line, created_at, offered_at, ended_at FROM registration
				WHERE id = ? AND ticket_type_id IS NOT NULL""")
			.param(registrationId)
			.query((rs, row) -> new Story(rs.getLong("event_id"), rs.getLong("ticket_type_id"),
					rs.getBoolean("joined_line"), instant(rs, "created_at"), instant(rs, "offered_at"),
					instant(rs, "ended_at")))
			.optional()
			.ifPresent(after -> {
				Map<Long, int[]> changes = new TreeMap<>();
				after.addTo(changes, 1);
				(ended ? after.notEnded() : after.waitingOrHolding()).addTo(changes, -1);
				apply(after.eventId(), after.ticketTypeId(), changes);
			});
	}

	/**
	 * Moves the type's counts by the changes, in the transaction of the registrations'
	 * write: a row updated in place holds every concurrent writer until the first
	 * commits. A quarter hour without a row yet locks the ticket type before its row is
	 * inserted, so that of two first changes at once the second waits and then adds to
	 * the row the first inserted, rather than failing on its unique key.
	 */
	private void apply(long eventId, long ticketTypeId, Map<Long, int[]> changes) {
		changes.forEach((quarterHour, change) -> {
			if (change[0] == 0 && change[1] == 0 || add(ticketTypeId, quarterHour, change)) {
				return;
			}
			jdbc.sql("SELECT id FROM ticket_type WHERE id = ? FOR UPDATE")
				.param(ticketTypeId)
				.query(Long.class)
				.single();
			if (!add(ticketTypeId, quarterHour, change)) {
				jdbc.sql("""
						INSERT INTO registration_change_count (event_id, ticket_type_id, quarter_hour, holding, waiting)
						VALUES (?, ?, ?, ?, ?)""")
					.params(eventId, ticketTypeId, quarterHour, change[0], change[1])
					.update();
			}
		});
	}

	private boolean add(long ticketTypeId, long quarterHour, int[] change) {
		return jdbc.sql("""
				UPDATE registration_change_count SET holding = holding + ?, waiting = waiting + ?
				WHERE ticket_type_id = ? AND quarter_hour = ?""")
			.params(change[0], change[1], ticketTypeId, quarterHour)
			.update() == 1;
	}

	/** A type's change in one quarter hour, which starts at {@code from}. */
	public record QuarterHourChange(long ticketTypeId, Instant from, int holding, int waiting) {
	}

	/**
	 * Every quarter hour in which one of the event's ticket types changed, in no order;
	 * one whose changes cancel out too, as the day it falls on had a change.
	 */
	public List<QuarterHourChange> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT ticket_type_id, quarter_hour, holding, waiting FROM registration_change_count
				WHERE event_id = ?""")
			.param(eventId)
			.query((rs, row) -> new QuarterHourChange(rs.getLong("ticket_type_id"),
					Instant.ofEpochSecond(rs.getLong("quarter_hour") * QUARTER_HOUR_SECONDS), rs.getInt("holding"),
					rs.getInt("waiting")))
			.list();
	}

	private static long quarterHour(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), QUARTER_HOUR_SECONDS);
	}

}
