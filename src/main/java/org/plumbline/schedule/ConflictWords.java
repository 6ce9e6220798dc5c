package org.plumbline.schedule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.plumbline.event.EventDates;

/**
 * Conflicts as people read them, in the event's time zone: its organisers plan in local
 * time, and a UTC offset changing inside the event must not shift what they read.
 */
final class ConflictWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

	private final EventDays days;

	ConflictWords(EventDays days) {
		this.days = days;
	}

	/**
	 * "Steven Rostedt: Tracing (Room 2) and Real-time and Scheduling (Room 3), Mon
	 * 10:00–13:30".
	 */
	String personInTwoPlaces(String name, PlacedSession first, PlacedSession second, Instant from, Instant to) {
		return name + ": " + first.titleAndRoom() + " and " + second.titleAndRoom() + ", " + span(DAY, from, to);
	}

	/** "Room 2: Tracing and VFIO/IOMMU/PCI, Wed 15:00–18:30". */
	String roomUsedTwice(PlacedSession first, PlacedSession second, Instant from, Instant to) {
		return first.room().name() + ": " + first.title() + " and " + second.title() + ", " + span(DAY, from, to);
	}

	/**
	 * "Tracing (Room 2), Thu Nov 16 10:00–13:30, is outside the event's days, Nov 13 –
	 * 15, 2023": the date, since a weekday alone could be any week.
	 */
	String outsideTheEvent(PlacedSession session) {
		return session.titleAndRoom() + ", " + span(DATE, session.startsAt(), session.endsAt())
				+ ", is outside the event's days, " + EventDates.format(days.firstDay(), days.lastDay());
	}

	/**
	 * "Steven Rostedt is unavailable Mon 10:00–12:00 (flight): Tracing (Room 2), Mon
	 * 10:00–13:30".
	 */
	String personUnavailable(String name, List<Unavailability> intervals, PlacedSession session) {
		return name + " is unavailable " + declared(intervals) + ": " + session.titleAndRoom() + ", "
				+ span(DAY, session.startsAt(), session.endsAt());
	}

	/** "Room 2 is unavailable Mon 10:00–12:00 (cleaning): Tracing, Mon 10:00–13:30". */
	String roomUnavailable(List<Unavailability> intervals, PlacedSession session) {
		return session.room().name() + " is unavailable " + declared(intervals) + ": " + session.title() + ", "
				+ span(DAY, session.startsAt(), session.endsAt());
	}

	/** "Tracing (Room 2, 120 seats): 150 interested, Mon 10:00–13:30". */
	String roomTooSmall(PlacedSession session) {
		return session.title() + " (" + session.room().name() + ", " + session.room().capacity() + " seats): "
				+ session.interested() + " interested, " + span(DAY, session.startsAt(), session.endsAt());
	}

	/** "Mon 10:00–11:00 (cleaning) and Mon 12:00–13:00". */
	private String declared(List<Unavailability> intervals) {
		return intervals.stream().map(this::declared).collect(Collectors.joining(" and "));
	}

	private String declared(Unavailability unavailable) {
		String reason = unavailable.reason() == null || unavailable.reason().isBlank() ? ""
				: " (" + unavailable.reason() + ")";
		return span(DAY, unavailable.startsAt(), unavailable.endsAt()) + reason;
	}

	private String span(DateTimeFormatter day, Instant from, Instant to) {
		return TimeSpans.of(day, from, to, days.zone());
	}

}
