package org.plumbline.importer;

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

}
