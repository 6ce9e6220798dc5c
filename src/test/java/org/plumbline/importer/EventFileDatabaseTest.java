package org.plumbline.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.domain.PersonReferenceCatalogue;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.schedule.PublishedSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the importer's database tests read and write through: the facades and the tables.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
abstract class EventFileDatabaseTest {

	@Autowired
	EventFiles files;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory directory;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PublishedSchedule schedule;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonReferenceCatalogue personReferences;

	/**
	 * The tables that hold a person's own records (spellings, addresses, suggestions that
	 * two persons are one), which go with the person rather than keep it.
	 */
	private static final Set<String> PERSONS_OWN_TABLES = Set.of("person_name_variant", "person_email",
			"duplicate_suggestion");

	long persons() {
		return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
	}

	/**
	 * Deletes the event, if it is stored, and the accounts with these addresses, which
	 * outlive it, with their persons' addresses: what a restore into an emptied site
	 * starts from.
	 */
	void removeEventAndAccounts(String slug, List<String> addresses) {
		catalog.findBySlug(slug).ifPresent(event -> setup.delete(event.id()));
		jdbc.sql("DELETE FROM person_email WHERE address_key IN (:keys)").param("keys", addresses).update();
		jdbc.sql("DELETE FROM account WHERE email_key IN (:keys)").param("keys", addresses).update();
	}

	/**
	 * Deletes every person nothing refers to any more (by every column the catalogue
	 * lists as referring to {@code person}, but the person's own records), with those
	 * records: after {@link #removeEventAndAccounts}, a site that never held the event's
	 * people. A person merged into another refers to it, so it goes first and its target
	 * in the next round.
	 */
	void removeUnreferencedPersons() {
		String unreferenced = personReferences.columnsReferencingPerson()
			.stream()
			.filter(column -> !PERSONS_OWN_TABLES.contains(column.table()))
			.map(column -> "NOT EXISTS (SELECT 1 FROM %s r WHERE r.%s = p.id)".formatted(column.table(),
					column.column()))
			.collect(Collectors.joining(" AND ", "SELECT p.id FROM person p WHERE ", ""));
		List<Long> ids = jdbc.sql(unreferenced).query(Long.class).list();
		while (!ids.isEmpty()) {
			jdbc.sql("DELETE FROM duplicate_suggestion WHERE first_person_id IN (:ids) OR second_person_id IN (:ids)")
				.param("ids", ids)
				.update();
			jdbc.sql("DELETE FROM person_email WHERE person_id IN (:ids)").param("ids", ids).update();
			jdbc.sql("DELETE FROM person WHERE id IN (:ids)").param("ids", ids).update();
			ids = jdbc.sql(unreferenced).query(Long.class).list();
		}
	}

	long ticketTypeId(String slug, String name) {
		return jdbc
			.sql("SELECT t.id FROM ticket_type t JOIN event e ON e.id = t.event_id WHERE e.slug = ? AND t.name = ?")
			.params(slug, name)
			.query(Long.class)
			.single();
	}

	/** How many messages the outbox holds, sent or not. */
	long mails() {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
	}

	/** An instant as a parameter of a {@code TIMESTAMP WITH TIME ZONE} column. */
	static OffsetDateTime timestamp(String instant) {
		return Instant.parse(instant).atOffset(ZoneOffset.UTC);
	}

}
