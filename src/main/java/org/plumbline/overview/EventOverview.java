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
 * @param submissions every call, in page order
 * @param reviews every call with a submitted topic, in page order
 * @param registrations every ticket type, by sale opening
 * @param audience the MCs that the public sees, in page order, or those kept of them
 * @param roomFill every MC and plain track session of the draft timetable, by start
 */
public record EventOverview(Event event, List<CallSubmissions> submissions, List<CallProgress> reviews,
		List<TicketTypeHistory> registrations, AudienceMatrix audience, List<SessionFill> roomFill) {

	public EventOverview {
		submissions = List.copyOf(submissions);
		reviews = List.copyOf(reviews);
		registrations = List.copyOf(registrations);
		roomFill = List.copyOf(roomFill);
	}

}
