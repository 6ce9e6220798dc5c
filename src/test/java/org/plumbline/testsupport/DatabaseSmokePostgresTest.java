package org.plumbline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;

/** {@link DatabaseSmokeTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class DatabaseSmokePostgresTest extends DatabaseSmokeTest {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnPostgresqlInAFreshTestSchema() throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
		assertThat(product).isEqualTo("PostgreSQL");
		assertThat(this.jdbc.sql("select current_schema").query(String.class).single())
			.startsWith(PostgresSchemaInitializer.SCHEMA_PREFIX);
	}

}
