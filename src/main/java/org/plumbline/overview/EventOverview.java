package org.plumbline.overview;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.registration.TicketTypeHistory;

/**
 * Every figure of an event's overview: whole for the CSV files; for the page, the
 * shared-audience matrix narrowed to the MCs it shows
 * ({@link Overview#of(Event, long, java.util.function.UnaryOperator)}), and the page
 * shows a part of the other large charts.
 *
 * @param submissions every call, in page order; for the page, with the days of those with
 * most topics only, as {@code reviews} counts them
 * @param reviews every call with a submitted topic, or those with most topics that the
 * page shows ({@link Overview#of(Event, long, java.util.function.UnaryOperator, int)})
 * @param registrations every ticket type, by sale opening
 * @param audience the MCs that the public sees, in page order, or those kept of them
 * @param roomFill every MC and plain track session of the draft timetable, by start
 */
public record EventOverview(Event event, List<CallSubmissions> submissions, ReviewedCalls reviews,
		List<TicketTypeHistory> registrations, AudienceMatrix audience, List<SessionFill> roomFill) {

	public EventOverview {
		submissions = List.copyOf(submissions);
		registrations = List.copyOf(registrations);
		roomFill = List.copyOf(roomFill);
	}

}
