package org.plumbline.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many times this instance has seen the database's content change: kept bytes are
 * served only under the revision they were rendered at.
 *
 * <p>
 * A commit that wrote through this instance moves it at once
 * ({@link ChangeTrackingDataSource}). On PostgreSQL such a commit also sends a
 * notification on the schema's channel, delivered with the commit to every instance on
 * the database; a thread here listens and moves the revision when another instance's
 * arrives, and each time it starts listening again after losing its connection, since a
 * change may have been missed meanwhile. It asks the database every few seconds, so that
 * a connection that died without a word is found within them. While the database is away
 * nothing can change, so kept pages go on being served. H2 runs embedded in one instance,
 * so its own commits are all there is.
 */
final class ContentRevision implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ContentRevision.class);

	private static final Duration WAIT = Duration.ofMillis(500);

	/** How often the listening connection is asked whether it still answers. */
	private static final int WAITS_BETWEEN_CHECKS = 10;

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final AtomicLong revision = new AtomicLong();

	/**
	 * Told apart from the other instances' notifications, its own having moved it
	 * already.
	 */
	private final String instance = UUID.randomUUID().toString();

	private volatile Thread listener;

	long current() {
		return revision.get();
	}

	void changed() {
		revision.incrementAndGet();
	}

	/** What this instance's commits send on {@code channel}. */
	String notification(String channel) {
		return "NOTIFY " + channel + ", '" + instance + "'";
	}

	/**
	 * Listens for the other instances' commits on {@code channel}, on a connection of its
	 * own taken from the pool for as long as this instance runs.
	 */
	void listenTo(DataSource dataSource, String channel) {
		Thread thread = Thread.ofPlatform().daemon().name("content-revision-listener").unstarted(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try (Connection connection = dataSource.getConnection()) {
					listen(connection, channel);
				}
				catch (SQLException | RuntimeException ex) {
					log.warn("Listening for content changes failed ({}); trying again", ex.getMessage());
				}
				if (!pause(RETRY)) {
					return;
				}
			}
		});
		listener = thread;
		thread.start();
	}

	private void listen(Connection connection, String channel) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + channel);
		}
		changed();
		PGConnection notifications = connection.unwrap(PGConnection.class);
		int waits = 0;
		while (!Thread.currentThread().isInterrupted()) {
			PGNotification[] arrived = notifications.getNotifications((int) WAIT.toMillis());
			if (arrived != null
					&& Arrays.stream(arrived).anyMatch(notification -> !instance.equals(notification.getParameter()))) {
				changed();
			}
			if (++waits == WAITS_BETWEEN_CHECKS) {
				waits = 0;
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT 1");
				}
			}
		}
	}

	private static boolean pause(Duration duration) {
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Stops listening and gives the connection back, before the pool closes. */
	@Override
	public void close() {
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(2));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
