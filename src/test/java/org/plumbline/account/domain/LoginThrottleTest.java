package org.plumbline.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plumbline.jdbc.SqlInstants.instant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The clean-up of sign-in throttling: an address is forgotten once its lock and its last
 * wrong password are older than the lock period (15 minutes), never before.
 * {@link LoginThrottlePostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(LoginThrottleTest.ClockConfiguration.class)
class LoginThrottleTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	static final Duration LOCK = Duration.ofMinutes(15);

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyThrottleAtTheStart() {
		clock.set(START);
		jdbc.sql("DELETE FROM login_throttle").update();
	}

	@Test
	void anAddressWithAFewWrongPasswordsIsForgottenOnceTheLastIsOlderThanTheLockPeriod() {
		throttle.claim("slow@example.org", clock.instant());
		clock.advance(Duration.ofMinutes(10));
		throttle.claim("slow@example.org", clock.instant());

		clock.advance(LOCK);
		assertThat(throttle.prune(clock.instant())).isZero();
		assertThat(remembered()).containsExactly("slow@example.org");

		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.prune(clock.instant())).isOne();
		assertThat(remembered()).isEmpty();
	}

	@Test
	void aLockedAddressIsKeptUntilItsLockIsOlderThanTheLockPeriodAndThenCountsAfresh() {
		for (int attempt = 0; attempt < 5; attempt++) {
			LoginThrottle.Attempt allowed = throttle.claim("locked@example.org", clock.instant());
			assertThat(allowed.allowed()).isTrue();
			clock.advance(LoginThrottle.delayAfter(attempt + 1));
		}
		Instant lockedUntil = jdbc.sql("SELECT locked_until FROM login_throttle")
			.query((rs, row) -> instant(rs, "locked_until"))
			.single();
		throttle.claim("other@example.org", lockedUntil.plus(LOCK).minusSeconds(1));

		clock.set(lockedUntil.plus(LOCK));
		assertThat(throttle.prune(clock.instant())).isZero();
		assertThat(throttle.claim("locked@example.org", lockedUntil.minusSeconds(1)).allowed())
			.as("still locked while remembered")
			.isFalse();

		clock.set(lockedUntil.plus(LOCK).plusSeconds(1));
		assertThat(throttle.prune(clock.instant())).isOne();
		assertThat(remembered()).containsExactly("other@example.org");
		LoginThrottle.Attempt afresh = throttle.claim("locked@example.org", clock.instant());
		assertThat(afresh.allowed()).isTrue();
		assertThat(afresh.locked()).isFalse();
	}

	private List<String> remembered() {
		return jdbc.sql("SELECT email_key FROM login_throttle ORDER BY email_key").query(String.class).list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

}
