package org.plumbline.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cap on sign-up mails per client address (10 an hour): sign-ups sent at once are
 * counted one by one, and the clean-up forgets a client only once its hour is over.
 * {@link SignUpClientLimitPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class SignUpClientLimitTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	static final String CLIENT = "192.0.2.7";

	@Autowired
	SignUpClientLimit limit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noClientCountedYet() {
		jdbc.sql("DELETE FROM sign_up_client").update();
	}

	@Test
	void manySignUpsOfOneClientAtOnceGetTenMailsBetweenThem() throws Exception {
		assertThat(limit.claim(CLIENT, START)).isTrue();
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> claims = IntStream.range(0, 19).mapToObj(i -> pool.submit(() -> {
				start.await();
				return limit.claim(CLIENT, START.plusSeconds(1));
			})).toList();
			start.countDown();
			long allowed = 0;
			for (Future<Boolean> claim : claims) {
				allowed += claim.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(9);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(limit.claim("198.51.100.1", START.plusSeconds(2))).as("another client counts apart").isTrue();
	}

	@Test
	void aClientIsForgottenOnlyOnceItsHourIsOverAndThenCountsAfresh() {
		for (int i = 0; i < 10; i++) {
			assertThat(limit.claim(CLIENT, START.plusSeconds(i))).isTrue();
		}
		assertThat(limit.claim(CLIENT, START.plus(Duration.ofMinutes(59)))).isFalse();

		assertThat(limit.prune(START.plus(Duration.ofMinutes(59)))).isZero();
		assertThat(limit.prune(START.plus(Duration.ofHours(1)))).isOne();
		assertThat(limit.claim(CLIENT, START.plus(Duration.ofHours(1)))).isTrue();
	}

}
