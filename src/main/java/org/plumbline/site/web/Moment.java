package org.plumbline.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An instant as a schedule page writes it in a {@code <time>} element: the exact instant
 * for the machine ({@code datetime}, UTC), the words in the event's zone for the reader,
 * and the event day it is listed under. schedule.js rewrites the words in the viewer's
 * own zone with the same patterns, and names the day when it differs from the listed one.
 *
 * @param iso the instant in UTC, as {@code datetime} wants it
 * @param text the clock time ("14:30") or the date ("Friday, October 29, 2027")
 * @param show what {@code text} is: {@code clock} or {@code date}
 * @param listedDay the event-local date of the day the instant is listed under;
 * {@code null} beside a date
 */
public record Moment(String iso, String text, String show, String listedDay) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

	/** The clock time, listed under the event day it falls on. */
	static Moment clock(Instant instant, ZoneId zone) {
		return clock(instant, zone, instant.atZone(zone).toLocalDate());
	}

	/** The clock time, listed under a given event day (an end past midnight). */
	static Moment clock(Instant instant, ZoneId zone, LocalDate listedDay) {
		return new Moment(instant.toString(), CLOCK.withZone(zone).format(instant), "clock", listedDay.toString());
	}

	/**
	 * The clock time written beside a date of its own, which names the day in every zone:
	 * it is listed under no day.
	 */
	static Moment clockBesideDate(Instant instant, ZoneId zone) {
		return new Moment(instant.toString(), CLOCK.withZone(zone).format(instant), "clock", null);
	}

	static Moment date(Instant instant, ZoneId zone) {
		return new Moment(instant.toString(), DATE.withZone(zone).format(instant), "date",
				instant.atZone(zone).toLocalDate().toString());
	}

}
