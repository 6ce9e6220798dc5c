package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.plumbline.event.Event;

/** The event's days (inclusive) in its time zone: when sessions may take place. */
public record EventDays(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

	public EventDays {
		Objects.requireNonNull(zone, "zone");
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("the event ends on " + lastDay + ", before its first day " + firstDay);
		}
	}

	public static EventDays of(Event event) {
		return new EventDays(event.startDate(), event.endDate(), event.timeZone());
	}

	/** Each of the event's days, the first to the last. */
	public List<LocalDate> dates() {
		return firstDay.datesUntil(lastDay.plusDays(1)).toList();
	}

	/**
	 * "Friday, 2027-10-29", as the scheduler's pages name a day: its choices, its runs
	 * and its messages.
	 */
	public static String label(LocalDate day) {
		return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + day;
	}

	/** Whether the day is one of the event's. */
	public boolean contain(LocalDate day) {
		return !day.isBefore(firstDay) && !day.isAfter(lastDay);
	}

	boolean contain(PlacedSession session) {
		Instant opens = firstDay.atStartOfDay(zone).toInstant();
		Instant closes = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
		return !session.startsAt().isBefore(opens) && !session.endsAt().isAfter(closes);
	}

}
