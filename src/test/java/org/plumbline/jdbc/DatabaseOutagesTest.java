package org.plumbline.jdbc;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the site takes for a database that went away (and answers 503 for), built as the
 * PostgreSQL driver, HikariCP and Spring report it, against what is a busy pool or an
 * ordinary failure (which must not close the site).
 */
class DatabaseOutagesTest {

	@Test
	void aRefusedConnectionAsThePoolReportsItIsAnOutage() {
		PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
		SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 10000ms", "08001", refused);

		CannotCreateTransactionException noTransaction = new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction", timedOut);

		assertThat(DatabaseOutages.isOutage(noTransaction)).isTrue();
		assertThat(DatabaseOutages.isBusy(noTransaction)).as("an outage, not a busy pool").isFalse();
	}

	@Test
	void aPoolThatOnlyWaitedForAFreeConnectionIsBusyNotAnOutage() {
		SQLTransientConnectionException busy = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 10000ms (total=10, active=10)");

		CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException("Failed to obtain", busy);

		assertThat(DatabaseOutages.isOutage(noConnection)).isFalse();
		assertThat(DatabaseOutages.isBusy(noConnection)).isTrue();
	}

	@Test
	void aLostConnectionOrAServerShuttingDownIsAnOutage() {
		assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("query failed", new PSQLException(
				"An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
			.isTrue();
		assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("query failed",
				new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void aRollbackThatFailedAfterTheConnectionWasLostIsAnOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("query failed", new PSQLException(
				"An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

		assertThat(DatabaseOutages.isOutage(rollback)).isTrue();
	}

	@Test
	void ordinaryFailuresAreNotOutages() {
		assertThat(DatabaseOutages.isOutage(new DuplicateKeyException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutages
			.isOutage(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isFalse();
		assertThat(DatabaseOutages.isOutage(new IllegalStateException("no such event"))).isFalse();
		assertThat(DatabaseOutages.isBusy(new IllegalStateException("no such event"))).isFalse();
	}

}
