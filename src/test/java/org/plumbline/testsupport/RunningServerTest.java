package org.plumbline.testsupport;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server on a random port, with a clock that tests move and direct access to
 * its database. A feature's web test base extends it and names its own start, where the
 * clock stands when each test begins, before the base's own set-up runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RunningServerTest.ClockConfiguration.class)
public abstract class RunningServerTest {

	/** Where the clock stands while the server starts, before a test sets it. */
	public static final Instant SERVER_START = Instant.parse("2026-11-25T09:00:00Z");

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	private final Instant start;

	protected RunningServerTest(Instant start) {
		this.start = start;
	}

	@BeforeEach
	void clockAtTheStart() {
		this.clock.set(this.start);
	}

	/** The one number a query answers, such as a count of rows. */
	protected long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(SERVER_START);
		}

	}

}
