package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The waiting line of a ticket type and the offers of its freed places, as stored. Each
 * change is conditional on the registration's state and version, so that of two instances
 * acting on one registration only one changes it.
 */
@Repository
public class OfferRepository {

	private final JdbcClient jdbc;

	private final ChangeCountRepository counts;

	OfferRepository(JdbcClient jdbc, ChangeCountRepository counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** A registration whose offer needs attention, with the version it was read at. */
	public record DueOffer(long id, long eventId, long ticketTypeId, int version) {
	}

	/** A waiting registration and its account. */
	public record Waiting(long id, long accountId) {
	}

	/** The type's waiting registrations, by arrival. */
	public List<Waiting> waiting(long ticketTypeId) {
		return jdbc.sql(
				"SELECT id, account_id FROM registration WHERE ticket_type_id = ? AND status = 'WAITING' ORDER BY arrival")
			.param(ticketTypeId)
			.query((rs, row) -> new Waiting(rs.getLong("id"), rs.getLong("account_id")))
			.list();
	}

	/**
	 * Offers a waiting registration the place its caller took for it.
	 * @return false if it no longer waits
	 */
	public boolean offer(long id, Instant expires, Instant now) {
		boolean offered = jdbc
			.sql("""
					UPDATE registration SET status = 'OFFERED', offered_at = ?, offer_expires_at = ?, offer_reminded_at = NULL,
					       version = version + 1, updated_at = ?
					WHERE id = ? AND status = 'WAITING'""")
			.params(utc(now), utc(expires), utc(now), id)
			.update() == 1;
		if (offered) {
			counts.changed(id, false);
		}
		return offered;
	}

	/**
	 * Turns a taken offer into a registration: registered, or awaiting payment until the
	 * due instant.
	 * @return false if it is no longer offered at that version
	 */
	public boolean take(long id, int version, String status, Instant paymentDue, Instant now) {
		return jdbc.sql("""
				UPDATE registration SET status = ?, payment_due_at = ?, offer_expires_at = NULL, version = version + 1,
				       updated_at = ?
				WHERE id = ? AND version = ? AND status = 'OFFERED'""")
			.params(status, utc(paymentDue), utc(now), id, version)
			.update() == 1;
	}

	/** Offers that ended unanswered by the instant. */
	public List<DueOffer> expired(Instant now) {
		return jdbc.sql("""
				SELECT id, event_id, ticket_type_id, version FROM registration
				WHERE status = 'OFFERED' AND offer_expires_at <= ? ORDER BY offer_expires_at, id""")
			.param(utc(now))
			.query((rs, row) -> new DueOffer(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("ticket_type_id"),
					rs.getInt("version")))
			.list();
	}

	/**
	 * Open offers that end within {@code lead} of the instant and whose attendee was not
	 * reminded yet, leaving out offers made for no longer than {@code lead}: their own
	 * mail told the end already, and a reminder a minute later would only repeat it.
	 */
	public List<DueOffer> endingUnreminded(Duration lead, Instant now) {
		return jdbc
			.sql("""
					SELECT id, event_id, ticket_type_id, version, offered_at, offer_expires_at FROM registration
					WHERE status = 'OFFERED' AND offer_reminded_at IS NULL AND offer_expires_at <= ? AND offer_expires_at > ?
					ORDER BY offer_expires_at, id""")
			.params(utc(now.plus(lead)), utc(now))
			.query((rs,
					row) -> new EndingOffer(new DueOffer(rs.getLong("id"), rs.getLong("event_id"),
							rs.getLong("ticket_type_id"), rs.getInt("version")), instant(rs, "offered_at"),
							instant(rs, "offer_expires_at")))
			.list()
			.stream()
			.filter(offer -> offer.offeredAt() == null
					|| Duration.between(offer.offeredAt(), offer.expiresAt()).compareTo(lead) > 0)
			.map(EndingOffer::due)
			.toList();
	}

	private record EndingOffer(DueOffer due, Instant offeredAt, Instant expiresAt) {
	}

	/**
	 * Claims the reminder of an offer for this run.
	 * @return false if another run claimed it, or the offer changed
	 */
	public boolean claimReminder(long id, int version, Instant now) {
		return jdbc.sql("""
				UPDATE registration SET offer_reminded_at = ?
				WHERE id = ? AND version = ? AND status = 'OFFERED' AND offer_reminded_at IS NULL""")
			.params(utc(now), id, version)
			.update() == 1;
	}

}
