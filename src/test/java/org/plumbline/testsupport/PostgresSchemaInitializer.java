package org.plumbline.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at the PostgreSQL database named by the environment
 * variable {@value #URL_VARIABLE}, in a fresh schema {@code plumbline_test_<random hex>}
 * that is dropped ({@code CASCADE}) when the context closes.
 *
 * <p>
 * Use it through {@link PostgresTest}, which also skips the test class when the variable
 * is unset. Example:
 * {@code PLUMBLINE_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres'}.
 * {@code user} and {@code password} given as URL parameters become the data source's
 * credentials.
 */
public class PostgresSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String URL_VARIABLE = "PLUMBLINE_TEST_POSTGRES_URL";

	static final String SCHEMA_PREFIX = "plumbline_test_";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Enough for the tests that run two or three transactions at once. */
	static final int POOL_SIZE = 5;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("PostgreSQL tests need the environment variable " + URL_VARIABLE
					+ ", e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres; tests annotated with "
					+ "@PostgresTest are skipped when it is unset");
		}
		String schema = SCHEMA_PREFIX + HexFormat.of().formatHex(randomBytes());
		execute(url, "CREATE SCHEMA " + schema);

		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", withParameter(url, "currentSchema", schema));
		properties.put("spring.datasource.username", urlParameter(url, "user"));
		properties.put("spring.datasource.password", urlParameter(url, "password"));
		properties.put("spring.datasource.hikari.schema", schema);
		// Spring keeps up to 12 test contexts (src/test/resources/spring.properties),
		// each with
		// its own pool: small pools keep them all within PostgreSQL's 100 connections.
		properties.put("spring.datasource.hikari.maximum-pool-size", POOL_SIZE);
		properties.put("spring.datasource.hikari.minimum-idle", 1);
		properties.put("spring.flyway.schemas", schema);
		properties.put("spring.flyway.default-schema", schema);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("plumblinePostgresTest", properties));

		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
			if (event.getApplicationContext() == context) {
				execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		});
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * Appends {@code name=value} to a JDBC URL, whether or not it already has a query.
	 */
	static String withParameter(String url, String name, String value) {
		String separator = !url.contains("?") ? "?" : (url.endsWith("?") || url.endsWith("&")) ? "" : "&";
		return url + separator + name + "=" + value;
	}

	/**
	 * The decoded value of a query parameter of a JDBC URL, or {@code ""} if it has none.
	 */
	static String urlParameter(String url, String name) {
		int query = url.indexOf('?');
		if (query < 0) {
			return "";
		}
		for (String pair : url.substring(query + 1).split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			if (key.equals(name)) {
				return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return "";
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not run '" + sql + "' on " + URL_VARIABLE + " (" + ex.getMessage() + ")", ex);
		}
	}

}
