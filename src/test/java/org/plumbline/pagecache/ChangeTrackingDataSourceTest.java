package org.plumbline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Which commits move the content revision: those that changed rows or the schema, however
 * they were sent, and no read, rollback, empty update or session write.
 */
class ChangeTrackingDataSourceTest {

	final ContentRevision revision = new ContentRevision();

	ChangeTrackingDataSource dataSource;

	@BeforeEach
	void aDatabase() throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:tracking-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		dataSource = new ChangeTrackingDataSource(h2, revision);
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE talk (id INT PRIMARY KEY, title VARCHAR(100))");
			statement.execute("CREATE TABLE proposal (id INT PRIMARY KEY, title VARCHAR(100))");
			statement.execute("CREATE TABLE spring_session (id INT PRIMARY KEY)");
			statement.execute("CREATE TABLE login_throttle (address VARCHAR(100) PRIMARY KEY, failures INT)");
			statement.execute("CREATE TABLE mail_outbox (id INT PRIMARY KEY, attempts INT)");
			statement.execute("CREATE TABLE scheduling_run_progress (run_id INT PRIMARY KEY)");
			statement.execute("INSERT INTO mail_outbox VALUES (1, 0)");
			statement.execute("INSERT INTO scheduling_run_progress VALUES (1)");
			statement.execute("INSERT INTO talk VALUES (1, 'First')");
		}
	}

	@Test
	void aWriteWithoutATransactionCountsOnceItsConnectionIsReturned() throws SQLException {
		long before = revision.current();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO talk VALUES (2, 'Second')")) {
			insert.executeUpdate();
		}
		assertThat(revision.current()).isEqualTo(before + 1);
	}

	@Test
	void aCommittedTransactionCountsAndARolledBackOneDoesNot() throws SQLException {
		long before = revision.current();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection.prepareStatement("UPDATE talk SET title = ? WHERE id = 1")) {
				update.setString(1, "Renamed");
				update.executeUpdate();
			}
			connection.rollback();
			assertThat(revision.current()).isEqualTo(before);
			try (PreparedStatement update = connection.prepareStatement("UPDATE talk SET title = ? WHERE id = 1")) {
				update.setString(1, "Renamed");
				update.executeUpdate();
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		assertThat(revision.current()).isEqualTo(before + 1);
	}

	@Test
	void readsEmptyUpdatesAndSessionWritesDoNotCount() throws SQLException {
		long before = revision.current();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT title FROM talk").close();
			statement.executeUpdate("UPDATE talk SET title = 'Nobody' WHERE id = 99");
			statement.executeUpdate("INSERT INTO SPRING_SESSION VALUES (1)");
		}
		assertThat(revision.current()).isEqualTo(before);
	}

	@Test
	void aBatchOfPlainStatementsAndATruncateCount() throws SQLException {
		long before = revision.current();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.addBatch("INSERT INTO talk VALUES (3, 'Third')");
			statement.addBatch("INSERT INTO talk VALUES (4, 'Fourth')");
			statement.executeBatch();
		}
		assertThat(revision.current()).isEqualTo(before + 1);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE TABLE talk");
		}
		assertThat(revision.current()).isEqualTo(before + 2);
	}

	@Test
	void writesToTablesNoKeptPageReadsDoNotCountUnlessTheTransactionAlsoChangedContent() throws SQLException {
		long before = revision.current();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO login_throttle VALUES ('mallory@example.org', 1)");
			statement.executeUpdate("UPDATE PUBLIC.\"MAIL_OUTBOX\" SET attempts = attempts + 1");
			statement.executeUpdate("DELETE FROM scheduling_run_progress");
		}
		assertThat(revision.current()).as("a failed sign-in, a mail's attempt, a solver's heartbeat").isEqualTo(before);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE mail_outbox SET attempts = 0");
				statement.executeUpdate("UPDATE talk SET title = 'Renamed' WHERE id = 1");
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		assertThat(revision.current()).isEqualTo(before + 1);
	}

	@Test
	void writesATransactionDeclaredShownOnNoPageDoNotCountButItsOtherWritesDo() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		long before = revision.current();

		transaction.executeWithoutResult(status -> {
			SharedPages.writesShownOnNoPage("proposal");
			jdbc.sql("INSERT INTO proposal VALUES (1, 'Draft')").update();
			jdbc.sql("UPDATE Proposal SET title = 'Still a draft' WHERE id = 1").update();
		});
		assertThat(revision.current()).as("only declared writes").isEqualTo(before);

		transaction.executeWithoutResult(status -> {
			SharedPages.writesShownOnNoPage("proposal");
			jdbc.sql("INSERT INTO proposal VALUES (2, 'Draft')").update();
			jdbc.sql("UPDATE talk SET title = 'Renamed' WHERE id = 1").update();
		});
		assertThat(revision.current()).as("and a write to another table").isEqualTo(before + 1);

		transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM proposal").update());
		assertThat(revision.current()).as("the next transaction, undeclared").isEqualTo(before + 2);
	}

	@Test
	void writesAfterADeclarationIsClosedCountAgain() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		long before = revision.current();

		transaction.executeWithoutResult(status -> {
			try (SharedPages.UnshownWrites draft = SharedPages.writesShownOnNoPage("proposal")) {
				jdbc.sql("INSERT INTO proposal VALUES (5, 'Draft')").update();
			}
			jdbc.sql("UPDATE proposal SET title = 'Accepted' WHERE id = 5").update();
		});

		assertThat(revision.current()).as("a write of the caller's own after the declaration's close")
			.isEqualTo(before + 1);
	}

	@Test
	void aDeclarationHoldsForItsOwnTransactionAloneAndNotOutsideOne() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		long before = revision.current();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			SharedPages.writesShownOnNoPage("proposal");
			inner.executeWithoutResult(nested -> jdbc.sql("INSERT INTO proposal VALUES (3, 'Inner')").update());
			jdbc.sql("INSERT INTO proposal VALUES (4, 'Outer')").update();
		});

		assertThat(revision.current()).as("the inner transaction's write").isEqualTo(before + 1);
		assertThatIllegalStateException().isThrownBy(() -> SharedPages.writesShownOnNoPage("proposal"));
	}

	@Test
	void statementsAreToldByTheirFirstWord() {
		assertThat(ChangeTrackingDataSource.writes("  select * from talk", Set.of())).isFalse();
		assertThat(ChangeTrackingDataSource.writes("\n  UPDATE talk SET title = 'x'", Set.of())).isTrue();
		assertThat(ChangeTrackingDataSource.writes("WITH moved AS (DELETE FROM talk RETURNING id) SELECT 1", Set.of()))
			.isTrue();
		assertThat(ChangeTrackingDataSource.changed("INSERT INTO talk VALUES (1)", 0, Set.of())).isFalse();
		assertThat(ChangeTrackingDataSource.changed("INSERT INTO talk VALUES (1)", new int[] { 0, 1 }, Set.of()))
			.isTrue();
		assertThat(ChangeTrackingDataSource.changed("CREATE INDEX talk_title ON talk (title)", 0, Set.of())).isTrue();
		assertThat(ChangeTrackingDataSource.writes("merge into SPRING_SESSION_ATTRIBUTES (x) values (1)", Set.of()))
			.isFalse();
		assertThat(ChangeTrackingDataSource.writes("UPDATE mail_outbox_archive SET x = 1", Set.of())).isTrue();
		assertThat(ChangeTrackingDataSource.writes("INSERT INTO registration (id) VALUES (1)", Set.of()))
			.as("an attendee's registration: only the sale's status reads it, kept for its max-age alone")
			.isFalse();
		assertThat(ChangeTrackingDataSource.writes("UPDATE ticket_type SET places_taken = places_taken + 1", Set.of()))
			.isFalse();
		assertThat(ChangeTrackingDataSource.writes("UPDATE registration_settings SET offer_hours = 24", Set.of()))
			.isTrue();
	}

}
