package org.plumbline.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as the last requests found it. When a request fails
 * because the database seemed unreachable ({@link DatabaseOutages}), one thread asks the
 * database itself at once; only if it does not answer is it marked unreachable, so that
 * one lost connection (a server process ended by an administrator, a dropped socket)
 * never closes the site. While it is marked so, requests that need it are told at once (a
 * 503) instead of each holding a server thread for the pool's connection time-out, which
 * would leave none for the pages that are served without the database. The thread asks
 * again every {@link #PROBE_INTERVAL} and marks it reachable when it answers, so the site
 * recovers by itself.
 * <p>
 * The question goes to the database on a connection of its own, past the pool: a pool
 * that cannot connect makes every caller wait its whole connection time-out (10 s) before
 * saying so, and a pool that is merely busy would take a crowded site for a missing
 * database.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

	static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

	private static final int VALIDATION_SECONDS = 2;

	private static final String TOO_MANY_CONNECTIONS = "53300";

	private static final String AUTHORIZATION_CLASS = "28";

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	private final DataSource dataSource;

	private final ReentrantLock probeLock = new ReentrantLock();

	private volatile boolean reachable = true;

	private volatile boolean closed;

	private Thread probe;

	public DatabaseAvailability(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public boolean isReachable() {
		return reachable;
	}

	/**
	 * A request found the database unreachable: ask it, and if it does not answer, wait
	 * for it to answer again.
	 */
	public void suspect(Throwable failure) {
		probeLock.lock();
		try {
			if (probe != null && probe.isAlive() || closed) {
				return;
			}
			probe = Thread.ofVirtual().name("database-probe").start(() -> probe(failure));
		}
		finally {
			probeLock.unlock();
		}
	}

	private void probe(Throwable failure) {
		if (answers()) {
			log.info("A request lost its database connection ({}), but the database answers", failure.toString());
			return;
		}
		reachable = false;
		log.warn("The database cannot be reached ({}); requests that need it answer 503 until it does",
				failure.toString());
		long downSince = System.nanoTime();
		while (!closed) {
			try {
				Thread.sleep(PROBE_INTERVAL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (answers()) {
				reachable = true;
				log.info("The database answers again, after {} s",
						Duration.ofNanos(System.nanoTime() - downSince).toSeconds());
				return;
			}
		}
	}

	private boolean answers() {
		try (Connection connection = connectPastThePool()) {
			return connection.isValid(VALIDATION_SECONDS);
		}
		catch (SQLException ex) {
			return answeredWithARefusal(ex);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A server that refuses one more connection because all are in use (PostgreSQL's
	 * 53300), or refuses these credentials (class 28), is there: a crowded database is
	 * not a missing one.
	 */
	private static boolean answeredWithARefusal(SQLException refusal) {
		String state = refusal.getSQLState();
		return state != null && (state.equals(TOO_MANY_CONNECTIONS) || state.startsWith(AUTHORIZATION_CLASS));
	}

	private Connection connectPastThePool() throws SQLException {
		if (!dataSource.isWrapperFor(HikariDataSource.class)) {
			return dataSource.getConnection();
		}
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		if (pool.getJdbcUrl() == null) {
			return dataSource.getConnection();
		}
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		if (DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl()) == DatabaseDriver.POSTGRESQL) {
			properties.setProperty("connectTimeout", Integer.toString(VALIDATION_SECONDS));
			properties.setProperty("socketTimeout", Integer.toString(2 * VALIDATION_SECONDS));
		}
		return DriverManager.getDriver(pool.getJdbcUrl()).connect(pool.getJdbcUrl(), properties);
	}

	/**
	 * Waits until the thread asking the database, if one runs, has its answer; a hook for
	 * tests, which must not sleep on the probe's timing.
	 * @return whether a probe had been started
	 */
	boolean awaitProbe(Duration limit) throws InterruptedException {
		Thread running = probe;
		if (running != null) {
			running.join(limit);
		}
		return running != null;
	}

	@Override
	public void destroy() {
		probeLock.lock();
		try {
			closed = true;
			if (probe != null) {
				probe.interrupt();
			}
		}
		finally {
			probeLock.unlock();
		}
	}

}
