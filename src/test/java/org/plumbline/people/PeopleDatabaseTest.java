package org.plumbline.people;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the people feature's database tests share: the facades, the tables emptied before
 * each test, an organiser who decides, and the standing clock of {@link PeopleTestClock}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(PeopleTestClock.class)
abstract class PeopleDatabaseTest {

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PersonDirectory directory;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	PeopleRows rows;

	/** Who merges and dismisses, unless a test says otherwise. */
	ActingOrganiser organiser;

	TransactionTemplate transactions;

	@BeforeEach
	void emptyPeopleTables() {
		this.rows = new PeopleRows(this.jdbc, this.directory);
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.rows.deleteAll();
		this.organiser = this.rows.organiser();
	}

	/** The person's row as stored (column names without regard to case). */
	Map<String, Object> stored(PersonSummary person) {
		return this.jdbc.sql("SELECT * FROM person WHERE id = ?").param(person.id()).query().singleRow();
	}

}
