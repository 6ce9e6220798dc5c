package org.plumbline.material;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.plumbline.testsupport.PostgresSchemaInitializer;
import org.plumbline.testsupport.PostgresTest;

/**
 * The same on PostgreSQL: the server is given a fresh schema of the database named by
 * {@value PostgresSchemaInitializer#URL_VARIABLE}, dropped afterwards.
 */
@PostgresTest
class MaterialStreamingPostgresTest extends MaterialStreamingTest {

	private final String url = System.getenv(PostgresSchemaInitializer.URL_VARIABLE);

	private final String schema = "plumbline_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));

	@Override
	String jdbcUrl() {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	@Override
	List<String> databaseArguments() {
		return List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + parameter("user"),
				"--spring.datasource.password=" + parameter("password"), "--spring.datasource.hikari.schema=" + schema,
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
	}

	@Override
	Connection connect() throws SQLException {
		try (Connection admin = DriverManager.getConnection(url)) {
			admin.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
		}
		return DriverManager.getConnection(jdbcUrl());
	}

	@Override
	void cleanUp() {
		try (Connection admin = DriverManager.getConnection(url)) {
			admin.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String parameter(String name) {
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts[0].equals(name)) {
				return parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
			}
		}
		return "";
	}

}
