package org.plumbline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The test database is migrated by Flyway before any test runs. Tests run with
 * {@code @ActiveProfiles("test")}: {@code src/test/resources/application-test.yaml} gives
 * each context its own in-memory H2 database, no demo import and a temporary data
 * directory. {@link DatabaseSmokePostgresTest} runs the same tests on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class DatabaseSmokeTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void flywayCreatesTheEventTableInTheCurrentSchema() {
		long tables = this.jdbc.sql("""
				select count(*) from information_schema.tables
				where lower(table_name) = 'event' and table_schema = current_schema""").query(Long.class).single();
		assertThat(tables).isEqualTo(1);
	}

	@Test
	void flywayRecordsVersionOneAsSuccessfullyApplied() {
		assertThat(this.jdbc.sql("select \"success\" from \"flyway_schema_history\" where \"version\" = '1'")
			.query(Boolean.class)
			.list()).containsExactly(true);
	}

}
