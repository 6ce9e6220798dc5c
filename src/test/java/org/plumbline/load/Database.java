package org.plumbline.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load test's own reads and writes on the private cluster: it makes the accounts and
 * opens the calls and the sale as an organiser would, then counts what the application
 * stored. Each change it makes tells the running instances' page caches on the schema's
 * channel, as the application's own commits do.
 */
final class Database {

	private static final String CHANGE_CHANNEL = "plumbline_public";

	private final PrivateCluster cluster;

	Database(PrivateCluster cluster) {
		this.cluster = cluster;
	}

	/**
	 * Verified accounts with persons, as the data generator writes them, all with the
	 * password {@link User#PASSWORD} hashed once at the application's cost.
	 */
	List<User> createUsers(int count) throws SQLException {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(User.PASSWORD);
		try (Connection connection = cluster.connect()) {
			connection.setAutoCommit(false);
			update(connection,
					"""
							INSERT INTO person (guid, display_name, identity_key)
							SELECT gen_random_uuid(), 'Rush Attendee ' || n, 'rush attendee ' || n FROM generate_series(1, ?) n""",
					count);
			update(connection, """
					INSERT INTO person_name_variant (person_id, name)
					SELECT id, display_name FROM person WHERE display_name LIKE 'Rush Attendee %'""");
			update(connection, """
					INSERT INTO person_email (person_id, address, address_key, verified_at)
					SELECT id, 'rush' || substr(display_name, 15) || '@load.test',
					       'rush' || substr(display_name, 15) || '@load.test', now()
					FROM person WHERE display_name LIKE 'Rush Attendee %'""");
			update(connection, """
					INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
					                     created_at)
					SELECT 'rush' || substr(display_name, 15) || '@load.test', 'rush' || substr(display_name, 15)
					       || '@load.test', ?, display_name, id, now(), now()
					FROM person WHERE display_name LIKE 'Rush Attendee %'""", hash);
			connection.commit();
			List<User> users = new ArrayList<>();
			for (Map<String, Object> row : rows(connection, """
					SELECT id, email FROM account WHERE email LIKE 'rush%@load.test'
					ORDER BY CAST(substr(display_name, 15) AS INT)""")) {
				users.add(new User(users.size() + 1, (Long) row.get("id"), (String) row.get("email")));
			}
			connection.commit();
			return users;
		}
	}

	long eventId(String slug) throws SQLException {
		try (Connection connection = cluster.connect()) {
			return (Long) rows(connection, "SELECT id FROM event WHERE slug = ?", slug).get(0).get("id");
		}
	}

	/**
	 * Sets the calls of the event's first three accepted MCs to close at the deadline.
	 * @return the three MCs' slugs
	 */
	List<String> closeCallsAt(long eventId, Instant deadline) throws SQLException {
		try (Connection connection = cluster.connect()) {
			List<Map<String, Object>> mcs = rows(connection, """
					SELECT id, slug FROM microconference WHERE event_id = ? AND status = 'ACCEPTED'
					ORDER BY position LIMIT 3""", eventId);
			for (Map<String, Object> mc : mcs) {
				update(connection, """
						INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at, durations, version)
						VALUES (?, ?, ?, NULL, 0)
						ON CONFLICT (microconference_id)
						DO UPDATE SET opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at,
						              version = mc_topic_call.version + 1""", mc.get("id"),
						Timestamp.from(deadline.minusSeconds(86_400)), Timestamp.from(deadline));
			}
			notifyChange(connection);
			return mcs.stream().map(mc -> (String) mc.get("slug")).toList();
		}
	}

	/**
	 * Adds a free ticket type to the event, its sale opening at the instant.
	 * @return its id
	 */
	long openSale(long eventId, String name, int places, Instant opens) throws SQLException {
		try (Connection connection = cluster.connect()) {
			long id = (Long) rows(connection,
					"""
							INSERT INTO ticket_type (event_id, name, description, price_minor, currency, capacity, sale_opens_at,
							                         sale_closes_at, who_may_buy, created_at, updated_at)
							VALUES (?, ?, 'The load test''s registration rush.', 0, NULL, ?, ?, ?, 'ANYONE', now(), now())
							RETURNING id""",
					eventId, name, places, Timestamp.from(opens), Timestamp.from(opens.plusSeconds(30L * 86_400)))
				.get(0)
				.get("id");
			notifyChange(connection);
			return id;
		}
	}

	/** Makes the account an organiser of the event, as an accepted invitation does. */
	void grantOrganiser(long eventId, long accountId) throws SQLException {
		try (Connection connection = cluster.connect()) {
			update(connection, """
					INSERT INTO event_role (event_id, account_id, role, scope_key, granted_at)
					VALUES (?, ?, 'ORGANISER', 'event', now())""", eventId, accountId);
		}
	}

	/**
	 * Writes without telling the instances' page caches, as no commit of the application
	 * does: a kept page goes on showing what was there before.
	 */
	int updateUnannounced(String sql, Object... parameters) throws SQLException {
		try (Connection connection = cluster.connect()) {
			return update(connection, sql, parameters);
		}
	}

	/** The rows the query returns, each a map by lower-case column label. */
	List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
		try (Connection connection = cluster.connect()) {
			return rows(connection, sql, parameters);
		}
	}

	long count(String sql, Object... parameters) throws SQLException {
		return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
	}

	private static void notifyChange(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("NOTIFY " + CHANGE_CHANNEL + ", 'load-test'");
		}
	}

	private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
	}

	private static List<Map<String, Object>> rows(Connection connection, String sql, Object... parameters)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet result = statement.executeQuery()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					Map<String, Object> row = new HashMap<>();
					for (int column = 1; column <= columns; column++) {
						row.put(result.getMetaData().getColumnLabel(column).toLowerCase(), result.getObject(column));
					}
					rows.add(row);
				}
				return rows;
			}
		}
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

}
