package org.plumbline.overview.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.plumbline.event.Event;
import org.plumbline.overview.AudienceMatrix;

/**
 * The day the overview's matrix and room fill are narrowed to, as typed into its field:
 * one of the event's days, or none for all days; anything else is refused beside the
 * field and all days are shown.
 *
 * @param days the event's days, in order
 * @param day the day chosen, or {@code null} for all days
 * @param problem why the day typed was not taken, or {@code null}
 */
record DayChoice(List<LocalDate> days, LocalDate day, String problem) {

	static final String NOT_A_DAY = "Choose one of the event's days.";

	static DayChoice of(Event event, String typed) {
		List<LocalDate> days = event.startDate().datesUntil(event.endDate().plusDays(1)).toList();
		if (typed == null || typed.isBlank()) {
			return new DayChoice(days, null, null);
		}
		try {
			LocalDate day = LocalDate.parse(typed.strip());
			return days.contains(day) ? new DayChoice(days, day, null) : new DayChoice(days, null, NOT_A_DAY);
		}
		catch (DateTimeException malformed) {
			return new DayChoice(days, null, NOT_A_DAY);
		}
	}

	/** The MCs the matrix keeps: the day's, or the most marked. */
	UnaryOperator<AudienceMatrix> selection() {
		return day == null ? matrix -> matrix.mostMarked(OverviewPage.LIMIT) : matrix -> matrix.onDay(day);
	}

}
