package org.plumbline.event;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats an event's date range compactly: "Nov 13 – 15, 2023", "Oct 30 – Nov 2, 2023".
 */
public final class EventDates {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

	private EventDates() {
	}

	public static String format(LocalDate start, LocalDate end) {
		if (start.equals(end)) {
			return MONTH_DAY_YEAR.format(start);
		}
		if (start.getYear() != end.getYear()) {
			return MONTH_DAY_YEAR.format(start) + " – " + MONTH_DAY_YEAR.format(end);
		}
		DateTimeFormatter endFormat = start.getMonth() == end.getMonth() ? DAY : MONTH_DAY;
		return MONTH_DAY.format(start) + " – " + endFormat.format(end) + ", " + end.getYear();
	}

}
