package org.plumbline.jdbc;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (server stopped, network cut, server shutting
 * down) from every other failure, by the exception's causes: a connection refused, an SQL
 * state of class {@code 08} (connection exception) or PostgreSQL's shutdown states. A
 * rollback that failed after such a failure hides it behind the rollback's own (the
 * connection is closed by then), so the failure it overrode is asked too.
 * <p>
 * A pool that timed out waiting for a free connection is not an outage when none of its
 * attempts to connect failed: HikariCP then throws a
 * {@link SQLTransientConnectionException} without a cause, which is a busy site, not a
 * missing database.
 */
public final class DatabaseOutages {

	/** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up). */
	private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

	private DatabaseOutages() {
	}

	/** Whether the failure, or any of its causes, says the database cannot be reached. */
	public static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isOutage(rollback.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether the failure, or any of its causes, is a pool that found no free connection
	 * in time while the database answers: the site is busy, and the request may be tried
	 * again.
	 */
	public static boolean isBusy(Throwable failure) {
		if (isOutage(failure)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	private static boolean lostConnection(String state) {
		return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
	}

}
