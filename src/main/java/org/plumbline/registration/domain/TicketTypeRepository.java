package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ticket types of events and their codes, as stored. */
@Repository
public class TicketTypeRepository {

	private final JdbcClient jdbc;

	TicketTypeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored ticket type; {@code whoMayBuy} is the enum's name. */
	public record Row(long id, long eventId, String name, String description, long priceMinor, String currency,
			int capacity, Instant saleOpensAt, Instant saleClosesAt, String whoMayBuy, int version) {
	}

	/** What a ticket type is made of, checked. */
	public record Fields(String name, String description, long priceMinor, String currency, int capacity,
			Instant saleOpensAt, Instant saleClosesAt, String whoMayBuy) {
	}

	/** A stored code of a ticket type. */
	public record CodeRow(long id, long ticketTypeId, String code) {
	}

	/** The event's ticket types, by sale opening, then name. */
	public List<Row> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT id, event_id, name, description, price_minor, currency, capacity, sale_opens_at, sale_closes_at,
				       who_may_buy, version
				FROM ticket_type WHERE event_id = ? ORDER BY sale_opens_at, name, id""")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("event_id"), rs.getString("name"),
					rs.getString("description"), rs.getLong("price_minor"), rs.getString("currency"),
					rs.getInt("capacity"), instant(rs, "sale_opens_at"), instant(rs, "sale_closes_at"),
					rs.getString("who_may_buy"), rs.getInt("version")))
			.list();
	}

	/** The codes of the event's ticket types, by code. */
	public List<CodeRow> codesOfEvent(long eventId) {
		return jdbc.sql("SELECT id, ticket_type_id, code FROM ticket_type_code WHERE event_id = ? ORDER BY code, id")
			.param(eventId)
			.query((rs, row) -> new CodeRow(rs.getLong("id"), rs.getLong("ticket_type_id"), rs.getString("code")))
			.list();
	}

	public long insert(long eventId, Fields fields, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ticket_type (event_id, name, description, price_minor, currency, capacity, sale_opens_at,
				                         sale_closes_at, who_may_buy, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, fields.name(), fields.description(), fields.priceMinor(), fields.currency(),
					fields.capacity(), utc(fields.saleOpensAt()), utc(fields.saleClosesAt()), fields.whoMayBuy(),
					utc(now), utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * @return false if the event has no such ticket type at that version
	 */
	public boolean update(long eventId, long id, int version, Fields fields, Instant now) {
		return jdbc.sql("""
				UPDATE ticket_type SET name = ?, description = ?, price_minor = ?, currency = ?, capacity = ?,
				       sale_opens_at = ?, sale_closes_at = ?, who_may_buy = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND event_id = ? AND version = ?""")
			.params(fields.name(), fields.description(), fields.priceMinor(), fields.currency(), fields.capacity(),
					utc(fields.saleOpensAt()), utc(fields.saleClosesAt()), fields.whoMayBuy(), utc(now), id, eventId,
					version)
			.update() == 1;
	}

	/**
	 * Marks a change to the ticket type's codes, which are part of it.
	 * @return false if the event has no such ticket type at that version
	 */
	public boolean touch(long eventId, long id, int version, Instant now) {
		return jdbc.sql("""
				UPDATE ticket_type SET version = version + 1, updated_at = ?
				WHERE id = ? AND event_id = ? AND version = ?""").params(utc(now), id, eventId, version).update() == 1;
	}

	/**
	 * Deletes the ticket type with its codes.
	 * @return false if the event has no such ticket type at that version
	 */
	public boolean delete(long eventId, long id, int version) {
		return jdbc.sql("DELETE FROM ticket_type WHERE id = ? AND event_id = ? AND version = ?")
			.params(id, eventId, version)
			.update() == 1;
	}

	public boolean codeTaken(long eventId, String code) {
		return jdbc.sql("SELECT COUNT(*) FROM ticket_type_code WHERE event_id = ? AND code = ?")
			.params(eventId, code)
			.query(Long.class)
			.single() > 0;
	}

	public void addCode(long eventId, long ticketTypeId, String code, Instant now) {
		jdbc.sql("""
				INSERT INTO ticket_type_code (event_id, ticket_type_id, code, created_at) VALUES (?, ?, ?, ?)""")
			.params(eventId, ticketTypeId, code, utc(now))
			.update();
	}

	/**
	 * @return false if the ticket type has no such code
	 */
	public boolean removeCode(long ticketTypeId, long codeId) {
		return jdbc.sql("DELETE FROM ticket_type_code WHERE id = ? AND ticket_type_id = ?")
			.params(codeId, ticketTypeId)
			.update() == 1;
	}

}
