package org.plumbline.jdbc;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a request's failure makes the site suspect the database is gone, the database
 * itself is asked, past the pool, before any request is turned away.
 */
class DatabaseAvailabilityTest {

	private static final Duration PROBE_LIMIT = Duration.ofSeconds(30);

	@Test
	void aLostConnectionWhileTheDatabaseAnswersLeavesTheSiteOpenEvenWithEveryPooledConnectionTaken() throws Exception {
		try (HikariDataSource pool = pool("jdbc:h2:mem:availability;DB_CLOSE_DELAY=-1");
				Connection theOnlyPooledConnection = pool.getConnection()) {
			DatabaseAvailability availability = new DatabaseAvailability(pool);

			availability.suspect(new ConnectException("Connection reset"));
			assertThat(availability.awaitProbe(PROBE_LIMIT)).as("the database was asked").isTrue();

			assertThat(theOnlyPooledConnection.isValid(1)).isTrue();
			assertThat(availability.isReachable()).as("the database answered on a connection of its own").isTrue();
			availability.destroy();
		}
	}

	/**
	 * A server that refuses the probe's connection (all connections in use, as PostgreSQL
	 * says with 53300, or these credentials, class 28) is there; shown with credentials
	 * H2 refuses.
	 */
	@Test
	void aDatabaseThatRefusesTheProbesConnectionIsThereNotGone() throws Exception {
		try (HikariDataSource pool = pool("jdbc:h2:mem:refusing;DB_CLOSE_DELAY=-1");
				Connection keepsItOpen = pool.getConnection();
				HikariDataSource wrongPassword = pool("jdbc:h2:mem:refusing;DB_CLOSE_DELAY=-1")) {
			wrongPassword.setPassword("not the password");
			DatabaseAvailability availability = new DatabaseAvailability(wrongPassword);

			availability.suspect(new ConnectException("Connection reset"));
			assertThat(availability.awaitProbe(PROBE_LIMIT)).as("the database was asked").isTrue();

			assertThat(availability.isReachable()).isTrue();
			availability.destroy();
		}
	}

	@Test
	void aDatabaseThatDoesNotAnswerIsMarkedUnreachable() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/test")) {
			DatabaseAvailability availability = new DatabaseAvailability(pool);

			availability.suspect(new ConnectException("Connection refused"));
			Duration waited = Duration.ZERO;
			while (availability.isReachable() && waited.compareTo(PROBE_LIMIT) < 0) {
				Thread.sleep(50);
				waited = waited.plusMillis(50);
			}

			assertThat(availability.isReachable()).isFalse();
			availability.destroy();
		}
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("sa");
		pool.setMaximumPoolSize(1);
		pool.setConnectionTimeout(5000);
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

}
