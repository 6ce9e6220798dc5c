package org.plumbline.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which pools start their connections without PostgreSQL's JIT compilation: a PostgreSQL
 * pool, before the administrator's own init SQL; never H2 or a data source that is not a
 * pool. None of these pools connects: their settings are only read and written.
 * {@code DatabaseSmokePostgresTest} shows the setting in force on the server.
 */
class PostgresSessionSettingsTest {

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	@Test
	void aPostgresqlPoolStartsEachConnectionWithoutJit() {
		try (HikariDataSource pool = pool(POSTGRES, null)) {
			PostgresSessionSettings.withoutJit(pool);

			assertThat(pool.getConnectionInitSql()).isEqualTo("SET jit = off");
		}
	}

	@Test
	void theAdministratorsInitSqlRunsAfterItAndIsKept() {
		try (HikariDataSource pool = pool(POSTGRES, "SET statement_timeout = '5s'")) {
			PostgresSessionSettings.withoutJit(pool);

			assertThat(pool.getConnectionInitSql()).isEqualTo("SET jit = off; SET statement_timeout = '5s'");
		}
	}

	@Test
	void aPoolSeenTwiceIsNotToldTwice() {
		try (HikariDataSource pool = pool(POSTGRES, null)) {
			PostgresSessionSettings.withoutJit(pool);
			PostgresSessionSettings.withoutJit(pool);

			assertThat(pool.getConnectionInitSql()).isEqualTo("SET jit = off");
		}
	}

	@Test
	void theEmbeddedH2PoolIsLeftAlone() {
		try (HikariDataSource pool = pool("jdbc:h2:mem:untouched", null)) {
			PostgresSessionSettings.withoutJit(pool);

			assertThat(pool.getConnectionInitSql()).isNull();
		}
	}

	@Test
	void aDataSourceThatIsNoPoolIsLeftAlone() {
		DriverManagerDataSource plain = new DriverManagerDataSource(POSTGRES);

		PostgresSessionSettings.withoutJit(plain);

		assertThat(plain.getUrl()).isEqualTo(POSTGRES);
	}

	private static HikariDataSource pool(String url, String initSql) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setConnectionInitSql(initSql);
		return pool;
	}

}
