package org.plumbline.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, the same way on H2 and
 * PostgreSQL (whose driver takes no {@link Instant} as a parameter): always at UTC, never
 * in the JVM's default zone.
 */
public final class SqlInstants {

	private SqlInstants() {
	}

	/** A parameter for a {@code TIMESTAMP WITH TIME ZONE} column; null stays null. */
	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The instant in a column, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
