package org.plumbline.manage.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.plumbline.audit.AuditQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filters as its GET form and links send them; a blank one matches every
 * entry. The period is given in days of the page's time zone (the event's, or UTC on the
 * site's page), both days included, as an organiser thinks of it ("from the 3rd to the
 * 5th").
 *
 * @param action an action code
 * @param type an object type
 * @param object an object's id (with its type)
 * @param actor an account's id
 * @param from the first day
 * @param to the last day
 * @param older the id of the last entry of the previous page
 */
public record AuditFilter(String action, String type, String object, String actor, String from, String to,
		String older) {

	/**
	 * The query for the scope's entries.
	 * @throws IllegalArgumentException if a day, the actor or the page is malformed, or
	 * the period ends before it starts, with a message for the reader
	 */
	AuditQuery query(AuditScope scope) {
		ZoneId zone = scope.times().zone();
		LocalDate firstDay = day("first day", from);
		LocalDate lastDay = day("last day", to);
		if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException(
					"The period's last day (" + lastDay + ") is before its first day (" + firstDay + ").");
		}
		Instant start = (firstDay != null) ? firstDay.atStartOfDay(zone).toInstant() : null;
		Instant end = (lastDay != null) ? lastDay.plusDays(1).atStartOfDay(zone).toInstant() : null;
		return scope.query()
			.withAction(given(action))
			.withObject(given(type), given(object))
			.withActor(number("actor", actor))
			.withPeriod(start, end)
			.withOlderThan(number("page", older));
	}

	/** The account the entries are filtered by, or null (also for a malformed one). */
	public Long actorId() {
		try {
			return number("actor", actor);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	/** Whether any filter narrows the entries (the page is not one of them). */
	public boolean narrows() {
		return given(action) != null || given(type) != null || given(object) != null || given(actor) != null
				|| given(from) != null || given(to) != null;
	}

	/** The address of the page with these filters that starts after the given entry. */
	public String link(String path, Long olderThan) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		param(uri, "action", action);
		param(uri, "type", type);
		param(uri, "object", object);
		param(uri, "actor", actor);
		param(uri, "from", from);
		param(uri, "to", to);
		if (olderThan != null) {
			uri.queryParam("older", olderThan);
		}
		return uri.encode().build().toUriString();
	}

	/** A filter's value as the form shows it. */
	public static String shown(String value) {
		return value == null ? "" : value.strip();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (given(value) != null) {
			uri.queryParam(name, value.strip());
		}
	}

	private static String given(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static LocalDate day(String name, String value) {
		String day = given(value);
		if (day == null) {
			return null;
		}
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException malformed) {
			throw new IllegalArgumentException(
					"The " + name + " must be a date such as 2026-11-25, not \"" + day + "\".", malformed);
		}
	}

	private static Long number(String name, String value) {
		String number = given(value);
		if (number == null) {
			return null;
		}
		try {
			return Long.valueOf(number);
		}
		catch (NumberFormatException malformed) {
			throw new IllegalArgumentException("The " + name + " in the address is not a number: \"" + number + "\".",
					malformed);
		}
	}

}
