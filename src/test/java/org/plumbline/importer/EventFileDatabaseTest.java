package org.plumbline.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
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
