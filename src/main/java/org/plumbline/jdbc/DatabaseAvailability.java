package org.plumbline.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as the last requests found it. When a request fails
 * because the database cannot be reached ({@link DatabaseOutages}), it is marked
 * unreachable: requests that need it are then told at once (a 503) instead of each
 * holding a server thread for the pool's connection time-out, which would leave none for
 * the pages that are served without the database. One thread asks the database every
 * {@link #PROBE_INTERVAL} whether it answers again, and marks it reachable when it does,
 * so the site recovers by itself.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

	static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

	private static final int VALIDATION_SECONDS = 2;

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

	/** A request found the database unreachable: wait for it to answer again. */
	public void unreachable(Throwable failure) {
		probeLock.lock();
		try {
			if (!reachable || closed) {
				return;
			}
			reachable = false;
			log.warn("The database cannot be reached ({}); requests that need it answer 503 until it does",
					failure.toString());
			probe = Thread.ofVirtual().name("database-probe").start(this::probeUntilReachable);
		}
		finally {
			probeLock.unlock();
		}
	}

	private void probeUntilReachable() {
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
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(VALIDATION_SECONDS);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
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
