package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Registrations as stored, and the capacity lock of their ticket types: the type's row,
 * locked by the transaction that numbers an arrival, takes a place or frees one.
 */
@Repository
public class RegistrationRepository {

	static final String COLUMNS = """
			r.id, r.event_id, r.ticket_type_id, COALESCE(t.name, p.label) AS type_name, r.account_id, r.reference,
			r.arrival, r.status,
			r.price_minor, r.currency, r.payment_due_at, r.paid_at, r.offer_expires_at, r.ended_at, r.created_at,
			r.version, r.pass_id, r.refund_due""";

	static final String FROM = " FROM registration r LEFT JOIN ticket_type t ON t.id = r.ticket_type_id"
			+ " LEFT JOIN mc_pass p ON p.id = r.pass_id ";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ChangeCountRepository counts;

	RegistrationRepository(JdbcClient jdbc, JdbcTemplate batches, ChangeCountRepository counts) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.counts = counts;
	}

	/** A ticket type's places as its lock holder reads them. */
	public record Places(int capacity, int taken, long arrivals) {

		public boolean free() {
			return taken < capacity;
		}

	}

	/** What a new registration is made of. */
	public record NewRegistration(long eventId, long ticketTypeId, long accountId, String reference, long arrival,
			RegistrationStatus status, long priceMinor, String currency, Instant paymentDueAt) {
	}

	/**
	 * Locks the ticket type's row until the transaction ends: every transaction that
	 * counts its places holds this lock first, so they run one after another.
	 * @return empty if the event has no such ticket type
	 */
	public Optional<Places> lock(long eventId, long ticketTypeId) {
		return jdbc
			.sql("SELECT capacity, places_taken, arrivals FROM ticket_type WHERE id = ? AND event_id = ? FOR UPDATE")
			.params(ticketTypeId, eventId)
			.query((rs, row) -> new Places(rs.getInt("capacity"), rs.getInt("places_taken"), rs.getLong("arrivals")))
			.optional();
	}

	/**
	 * The places of each of the event's ticket types, by type id, read without a lock.
	 */
	public Map<Long, Places> placesOf(long eventId) {
		Map<Long, Places> places = new HashMap<>();
		jdbc.sql("SELECT id, capacity, places_taken, arrivals FROM ticket_type WHERE event_id = ?")
			.param(eventId)
			.query(rs -> {
				places.put(rs.getLong("id"),
						new Places(rs.getInt("capacity"), rs.getInt("places_taken"), rs.getLong("arrivals")));
			});
		return places;
	}

	/** Numbers the next arrival; the caller holds the type's lock. */
	public long nextArrival(long ticketTypeId, Places locked) {
		jdbc.sql("UPDATE ticket_type SET arrivals = arrivals + 1 WHERE id = ?").param(ticketTypeId).update();
		return locked.arrivals() + 1;
	}

	/**
	 * Takes one place; the caller holds the type's lock, and the database refuses a place
	 * past the capacity whatever the caller believes.
	 * @return false if none was free
	 */
	public boolean takePlace(long ticketTypeId) {
		return jdbc
			.sql("UPDATE ticket_type SET places_taken = places_taken + 1 WHERE id = ? AND places_taken < capacity")
			.param(ticketTypeId)
			.update() == 1;
	}

	/** Gives one place back; the caller holds the type's lock. */
	public void freePlace(long ticketTypeId) {
		if (jdbc.sql("UPDATE ticket_type SET places_taken = places_taken - 1 WHERE id = ? AND places_taken > 0")
			.param(ticketTypeId)
			.update() != 1) {
			throw new IllegalStateException("ticket type " + ticketTypeId + " had no place taken to free");
		}
	}

	/**
	 * How many registrations wait for a place, by ticket type, for the event's types that
	 * have any.
	 */
	public Map<Long, Integer> waitingByType(long eventId) {
		Map<Long, Integer> waiting = new HashMap<>();
		jdbc.sql("""
				SELECT ticket_type_id, COUNT(*) AS waiting FROM registration
				WHERE event_id = ? AND status = 'WAITING' GROUP BY ticket_type_id""").param(eventId).query(rs -> {
			waiting.put(rs.getLong("ticket_type_id"), rs.getInt("waiting"));
		});
		return waiting;
	}

	/** How many registrations for the type wait for a place. */
	public int waiting(long ticketTypeId) {
		return jdbc.sql("SELECT COUNT(*) FROM registration WHERE ticket_type_id = ? AND status = 'WAITING'")
			.param(ticketTypeId)
			.query(Integer.class)
			.single();
	}

	/**
	 * @return the new registration's id
	 * @throws org.springframework.dao.DuplicateKeyException if the account has an active
	 * registration for the event, or the reference is taken
	 */
	public long insert(NewRegistration registration, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO registration (event_id, ticket_type_id, account_id, active_account_id, reference, arrival,
				                          status, joined_line, price_minor, currency, payment_due_at, created_at,
				                          updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(registration.eventId(), registration.ticketTypeId(), registration.accountId(),
					registration.accountId(), registration.reference(), registration.arrival(),
					registration.status().name(), registration.status() == RegistrationStatus.WAITING,
					registration.priceMinor(), registration.currency(),
					registration.paymentDueAt() == null ? null : utc(registration.paymentDueAt()), utc(now), utc(now))
			.update(keys, "id");
		counts.made(registration.eventId(), registration.ticketTypeId(), List.of(story(registration, now)));
		return keys.getKeyAs(Long.class);
	}

	/**
	 * A generated registration: {@link NewRegistration} made at an earlier moment.
	 */
	public record BackdatedRegistration(NewRegistration registration, Instant createdAt) {
	}

	/**
	 * Inserts registrations of one ticket type in batches, as {@link #insert} would one
	 * by one; the caller holds the type's lock, numbered their arrivals and took their
	 * places.
	 * @return the type's registrations that arrived after {@code afterArrival}, by
	 * arrival
	 * @throws org.springframework.dao.DuplicateKeyException if an account has an active
	 * registration for the event, or a reference is taken
	 */
	public List<Registration> insertAll(long ticketTypeId, long afterArrival, List<BackdatedRegistration> rows,
			Instant now) {
		batches.batchUpdate("""
				INSERT INTO registration (event_id, ticket_type_id, account_id, active_account_id, reference, arrival,
				                          status, joined_line, price_minor, currency, payment_due_at, created_at,
				                          updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (statement, row) -> {
			NewRegistration registration = row.registration();
			statement.setLong(1, registration.eventId());
			statement.setLong(2, registration.ticketTypeId());
			statement.setLong(3, registration.accountId());
			statement.setLong(4, registration.accountId());
			statement.setString(5, registration.reference());
			statement.setLong(6, registration.arrival());
			statement.setString(7, registration.status().name());
			statement.setBoolean(8, registration.status() == RegistrationStatus.WAITING);
			statement.setLong(9, registration.priceMinor());
			statement.setString(10, registration.currency());
			statement.setObject(11, registration.paymentDueAt() == null ? null : utc(registration.paymentDueAt()));
			statement.setObject(12, utc(row.createdAt()));
			statement.setObject(13, utc(now));
		});
		if (!rows.isEmpty()) {
			counts.made(rows.getFirst().registration().eventId(), ticketTypeId,
					rows.stream().map(row -> story(row.registration(), row.createdAt())).toList());
		}
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.ticket_type_id = ? AND r.arrival > ? ORDER BY r.arrival")
			.params(ticketTypeId, afterArrival)
			.query(this::registration)
			.list();
	}

	/**
	 * Numbers {@code count} arrivals and takes {@code places} places of the ticket type
	 * at once; the caller holds the type's lock. The database refuses places past the
	 * capacity whatever the caller believes.
	 * @return false if that many places were not free
	 */
	public boolean arriveAll(long ticketTypeId, int count, int places) {
		return jdbc.sql("""
				UPDATE ticket_type SET arrivals = arrivals + ?, places_taken = places_taken + ?
				WHERE id = ? AND places_taken + ? <= capacity""")
			.params(count, places, ticketTypeId, places)
			.update() == 1;
	}

	/** The registrations with these ids, in no particular order. */
	public List<Registration> findAll(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<Registration> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			found.addAll(jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.id IN (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
				.query(this::registration)
				.list());
		}
		return found;
	}

	public Optional<Registration> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.id = ?").param(id).query(this::registration).optional();
	}

	/** The account's active registration for the event, if it has one. */
	public Optional<Registration> activeOf(long eventId, long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.event_id = ? AND r.active_account_id = ?")
			.params(eventId, accountId)
			.query(this::registration)
			.optional();
	}

	/** The account's registrations for the event, newest first, ended ones included. */
	public List<Registration> allOf(long eventId, long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.event_id = ? AND r.account_id = ? ORDER BY r.id DESC")
			.params(eventId, accountId)
			.query(this::registration)
			.list();
	}

	/**
	 * Ends an active registration at the version its owner saw.
	 * @return false if it was changed meanwhile
	 */
	public boolean end(long id, int version, RegistrationStatus ended, Instant now) {
		boolean done = jdbc.sql("""
				UPDATE registration SET status = ?, active_account_id = NULL, ended_at = ?, offer_expires_at = NULL,
				       version = version + 1, updated_at = ?
				WHERE id = ? AND version = ? AND active_account_id IS NOT NULL""")
			.params(ended.name(), utc(now), utc(now), id, version)
			.update() == 1;
		if (done) {
			counts.changed(id, true);
		}
		return done;
	}

	private static ChangeCountRepository.Story story(NewRegistration registration, Instant createdAt) {
		return new ChangeCountRepository.Story(registration.eventId(), registration.ticketTypeId(),
				registration.status() == RegistrationStatus.WAITING, createdAt, null, null);
	}

	/** Whether the ticket type has any registration, ended ones included. */
	public boolean anyFor(long ticketTypeId) {
		return jdbc.sql("SELECT COUNT(*) FROM registration WHERE ticket_type_id = ?")
			.param(ticketTypeId)
			.query(Long.class)
			.single() > 0;
	}

	Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("ticket_type_id"),
				rs.getString("type_name"), rs.getLong("account_id"), rs.getString("reference"), rs.getLong("arrival"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("price_minor"), rs.getString("currency"),
				instant(rs, "payment_due_at"), instant(rs, "paid_at"), instant(rs, "offer_expires_at"),
				instant(rs, "ended_at"), instant(rs, "created_at"), rs.getInt("version"),
				rs.getObject("pass_id", Long.class), rs.getBoolean("refund_due"));
	}

	/** A registration of the event. */
	public Optional<Registration> find(long eventId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.event_id = ? AND r.id = ?")
			.params(eventId, id)
			.query(this::registration)
			.optional();
	}

	/** Every registration of the event, ended ones included, by reference. */
	public Map<String, Registration> byReference(long eventId) {
		Map<String, Registration> byReference = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE r.event_id = ?")
			.param(eventId)
			.query(this::registration)
			.list()
			.forEach(registration -> byReference.put(registration.reference(), registration));
		return byReference;
	}

	/** The type's registrations that wait or hold an offer, by arrival, in one query. */
	public List<Registration> waitingOrOffered(long ticketTypeId) {
		return jdbc
			.sql("SELECT " + COLUMNS + FROM
					+ "WHERE r.ticket_type_id = ? AND r.status IN ('WAITING', 'OFFERED') ORDER BY r.arrival")
			.param(ticketTypeId)
			.query(this::registration)
			.list();
	}

	/**
	 * How many registrations of every event are in each status; one without any is left
	 * out.
	 */
	public Map<RegistrationStatus, Long> countByStatus() {
		Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
		jdbc.sql("SELECT status, COUNT(*) AS n FROM registration GROUP BY status")
			.query((rs, row) -> Map.entry(RegistrationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(count -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

}
