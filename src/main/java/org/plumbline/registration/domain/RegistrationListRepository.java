package org.plumbline.registration.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationQuery;
import org.plumbline.registration.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisers' view of an event's registrations: filtered, ordered and cut into pages
 * in the database, so that a page costs one query for its rows and one for the count,
 * however many registrations the event has.
 */
@Repository
public class RegistrationListRepository {

	/**
	 * The search reads the account table because the filter must hold before the page is
	 * cut; the names shown come from the account feature's facade.
	 */
	private static final String SEARCH = """
			AND (LOWER(r.reference) LIKE :text ESCAPE '!' OR r.account_id IN (
			    SELECT a.id FROM account a
			    WHERE LOWER(a.display_name) LIKE :text ESCAPE '!' OR LOWER(a.email) LIKE :text ESCAPE '!'))""";

	private final JdbcClient jdbc;

	private final RegistrationRepository registrations;

	RegistrationListRepository(JdbcClient jdbc, RegistrationRepository registrations) {
		this.jdbc = jdbc;
		this.registrations = registrations;
	}

	/**
	 * A ticket type's name and places, by sale opening as the ticket types page lists
	 * them.
	 */
	public record TypeRow(long id, String name, int capacity, int taken) {
	}

	/** How many registrations for a ticket type are in a state. */
	public record StatusCount(long ticketTypeId, RegistrationStatus status, long count) {
	}

	public List<TypeRow> types(long eventId) {
		return jdbc.sql("""
				SELECT id, name, capacity, places_taken FROM ticket_type WHERE event_id = ?
				ORDER BY sale_opens_at, name, id""")
			.param(eventId)
			.query((rs, row) -> new TypeRow(rs.getLong("id"), rs.getString("name"), rs.getInt("capacity"),
					rs.getInt("places_taken")))
			.list();
	}

	/** The event's registrations counted by ticket type and state, whatever the query. */
	public List<StatusCount> counts(long eventId) {
		return jdbc.sql("""
				SELECT ticket_type_id, status, COUNT(*) AS how_many FROM registration WHERE event_id = ?
				GROUP BY ticket_type_id, status""")
			.param(eventId)
			.query((rs, row) -> new StatusCount(rs.getLong("ticket_type_id"),
					RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("how_many")))
			.list();
	}

	/** How many of the event's registrations the query matches, its page aside. */
	public long count(long eventId, RegistrationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("SELECT COUNT(*)" + RegistrationRepository.FROM + where(eventId, query, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The query's registrations from the offset, at most {@code limit} of them. */
	public List<Registration> rows(long eventId, RegistrationQuery query, long offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("SELECT " + RegistrationRepository.COLUMNS + RegistrationRepository.FROM
				+ where(eventId, query, params) + orderBy(query) + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(params)
			.query(registrations::registration)
			.list();
	}

	/** Every registration the query matches, its page aside. */
	public List<Registration> all(long eventId, RegistrationQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc
			.sql("SELECT " + RegistrationRepository.COLUMNS + RegistrationRepository.FROM
					+ where(eventId, query, params) + orderBy(query))
			.params(params)
			.query(registrations::registration)
			.list();
	}

	private static String where(long eventId, RegistrationQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("WHERE r.event_id = :event");
		params.put("event", eventId);
		if (query.status() != null) {
			where.append(" AND r.status = :status");
			params.put("status", query.status().name());
		}
		if (query.ticketTypeId() != null) {
			where.append(" AND r.ticket_type_id = :type");
			params.put("type", query.ticketTypeId());
		}
		if (query.text() != null) {
			where.append(' ').append(SEARCH);
			params.put("text", "%" + likeLiteral(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		return where.toString();
	}

	private static String orderBy(RegistrationQuery query) {
		return switch (query.order()) {
			case CREATED -> " ORDER BY r.created_at DESC, r.id DESC";
			case ARRIVAL -> " ORDER BY t.sale_opens_at NULLS LAST, t.name NULLS LAST, t.id NULLS LAST, r.arrival, r.id";
		};
	}

	/** The text matched as typed: "50%" finds "50%", not "50" and anything after it. */
	private static String likeLiteral(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
