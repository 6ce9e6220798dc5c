package org.plumbline.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows for the people tests, written straight into the tables that reference a person
 * (their owners' facades are not needed to prove that a merge moves them).
 */
final class PeopleRows {

	static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

	/** Every table a merge writes, with the order that makes its snapshot stable. */
	private static final Map<String, String> SNAPSHOT_TABLES = Map.of("person", "id", "person_name_variant",
			"person_id, name", "person_email", "id", "account", "id", "mc_lead", "microconference_id, position",
			"mc_key_attendee", "microconference_id, position", "duplicate_suggestion", "id", "audit_entry", "id");

	private final JdbcClient jdbc;

	private final PersonDirectory directory;

	private int serial;

	PeopleRows(JdbcClient jdbc, PersonDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** Empties every table these tests write, in an order the foreign keys allow. */
	void deleteAll() {
		for (String table : List.of("audit_entry", "duplicate_suggestion", "mc_lead", "mc_key_attendee",
				"microconference", "event", "account", "person_email", "person_name_variant")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("UPDATE person SET merged_into_id = NULL").update();
		jdbc.sql("DELETE FROM person").update();
	}

	PersonSummary person(String name) {
		return directory.create(name, List.of(name), null);
	}

	void profile(long personId, String bio, String affiliation) {
		jdbc.sql("UPDATE person SET bio = ?, affiliation = ? WHERE id = ?").params(bio, affiliation, personId).update();
	}

	long event(String slug) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone)
				VALUES (?, 'People test', DATE '2026-11-13', DATE '2026-11-15', 'UTC')""")
			.param(slug)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	long microconference(String slug) {
		var mcKey = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO microconference (event_id, guid, slug, title, status, description, leads_caption, position)
				VALUES (?, ?, ?, ?, 'ACCEPTED', 'About it', 'MC leads', 1)""")
			.params(event("event_" + slug), UUID.randomUUID(), slug, slug)
			.update(mcKey, "id");
		return mcKey.getKeyAs(Long.class);
	}

	/** An organiser's account, acting on the pages of an event of its own. */
	ActingOrganiser organiser() {
		long account = account(null);
		return new ActingOrganiser(account, event("organised_" + account));
	}

	void lead(long microconferenceId, int position, long personId, String nameAsWritten) {
		jdbc.sql("""
				INSERT INTO mc_lead (microconference_id, position, person_id, name_as_written)
				VALUES (?, ?, ?, ?)""").params(microconferenceId, position, personId, nameAsWritten).update();
	}

	void keyAttendee(long microconferenceId, int position, long personId, String nameAsWritten) {
		jdbc.sql("""
				INSERT INTO mc_key_attendee (microconference_id, position, person_id, name_as_written)
				VALUES (?, ?, ?, ?)""").params(microconferenceId, position, personId, nameAsWritten).update();
	}

	void email(long personId, String address, boolean verified) {
		jdbc.sql("INSERT INTO person_email (person_id, address, address_key, verified_at) VALUES (?, ?, ?, ?)")
			.params(personId, address, address.toLowerCase(Locale.ROOT), verified ? CREATED : null)
			.update();
	}

	/** An account, linked to a person unless {@code personId} is null. */
	long account(Long personId) {
		String email = "account" + (++serial) + "@example.org";
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, person_id, created_at)
				VALUES (?, ?, 'not a hash', 'Someone', ?, ?)""")
			.params(email, email, personId, CREATED)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	long suggestion(long firstPersonId, long secondPersonId) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO duplicate_suggestion (first_person_id, second_person_id, reason, created_at)
				VALUES (?, ?, 'SAME_KEY', ?)""").params(firstPersonId, secondPersonId, CREATED).update(key, "id");
		return key.getKeyAs(Long.class);
	}

	List<Long> leadsOf(long microconferenceId) {
		return jdbc.sql("SELECT person_id FROM mc_lead WHERE microconference_id = ? ORDER BY position")
			.param(microconferenceId)
			.query(Long.class)
			.list();
	}

	/** Every row of every table a merge writes, to compare before and after. */
	Map<String, List<Map<String, Object>>> snapshot() {
		Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
		SNAPSHOT_TABLES.forEach((table, order) -> snapshot.put(table,
				jdbc.sql("SELECT * FROM " + table + " ORDER BY " + order).query().listOfRows()));
		return snapshot;
	}

}
