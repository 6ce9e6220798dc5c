package org.plumbline.jdbc;

import java.time.LocalDate;

/**
 * The calendar day an instant falls on in a time zone, grouped in SQL the same way on H2
 * and PostgreSQL. Both read {@code AT TIME ZONE} with an IANA zone, but H2 keeps the
 * result a {@code TIMESTAMP WITH TIME ZONE} and casts it to a date in the JVM's zone,
 * while PostgreSQL gives a local timestamp; the first ten characters of either as text
 * are the local date.
 */
public final class SqlLocalDays {

	private SqlLocalDays() {
	}

	/**
	 * An SQL expression for the local day ("2027-10-29") of an instant column, in the
	 * zone that one parameter at its place names ({@link java.time.ZoneId#getId()}).
	 */
	public static String of(String column) {
		return at(column, "?");
	}

	/**
	 * As {@link #of(String)}, with the zone in the named parameter {@code :parameter},
	 * for a statement with named parameters.
	 */
	public static String of(String column, String parameter) {
		return at(column, ":" + parameter);
	}

	private static String at(String column, String zone) {
		return "SUBSTRING(CAST(" + column + " AT TIME ZONE " + zone + " AS VARCHAR(40)) FROM 1 FOR 10)";
	}

	/** The day such an expression gave. */
	public static LocalDate parsed(String text) {
		return LocalDate.parse(text);
	}

}
