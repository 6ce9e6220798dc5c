package org.plumbline.people;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still, for the people tests. Importing it also gives those tests an
 * application context, and so an in-memory database, of their own: they empty the people
 * tables before each test without touching another test class's rows.
 */
@TestConfiguration(proxyBeanMethods = false)
class PeopleTestClock {

	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
