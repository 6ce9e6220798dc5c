package org.plumbline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

	@Test
	void everyPooledConnectionRunsWithoutPostgresqlsJustInTimeCompilation() throws Exception {
		List<Connection> connections = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				connections.add(this.dataSource.getConnection());
			}
			for (Connection connection : connections) {
				try (Statement statement = connection.createStatement();
						ResultSet jit = statement
							.executeQuery("SELECT setting, source FROM pg_settings WHERE name = 'jit'")) {
					assertThat(jit.next()).isTrue();
					assertThat(jit.getString("setting")).isEqualTo("off");
					assertThat(jit.getString("source")).as("set by the connection, not the server's default")
						.isEqualTo("session");
				}
			}
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

}
