package org.plumbline.overview.web;

import static org.plumbline.csv.SpreadsheetCsv.inert;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.csv.SpreadsheetCsv;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.overview.AudienceMatrix;
import org.plumbline.overview.AudienceMatrix.McAudience;
import org.plumbline.overview.CallProgress;
import org.plumbline.overview.CallSubmissions;
import org.plumbline.overview.SessionFill;
import org.plumbline.registration.TicketTypeHistory;
import org.plumbline.registration.TicketTypeHistory.Standing;

/**
 * The overview's figures as CSV files, every call, type, MC and session, one per chart.
 */
final class OverviewCsv {

	private OverviewCsv() {
	}

	static String submissions(Event event, List<CallSubmissions> submissions) {
		String zone = " (" + event.timeZone().getId() + ")";
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Call", "Deadline" + zone, "Day" + zone, "Submitted that day", "Submitted so far");
			for (CallSubmissions call : submissions) {
				String deadline = EventTimes.field(call.deadline(), event.timeZone()).replace('T', ' ');
				if (call.days().isEmpty()) {
					printer.printRecord(inert(call.name()), deadline, "", 0, 0);
				}
				for (CallSubmissions.Tally tally : call.days()) {
					printer.printRecord(inert(call.name()), deadline, tally.day(), tally.submitted(), tally.total());
				}
			}
		});
	}

	static String reviews(Event event, List<CallProgress> reviews) {
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Call", "Submitted", "Reviewed", "Decided", "Confirmed");
			for (CallProgress call : reviews) {
				printer.printRecord(inert(call.name()), call.submitted(), call.reviewed(), call.decided(),
						call.confirmed());
			}
		});
	}

	static String registrations(Event event, List<TicketTypeHistory> registrations) {
		String zone = " (" + event.timeZone().getId() + ")";
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Ticket type", "Capacity", "Day" + zone, "Holding a place", "Waiting");
			for (TicketTypeHistory type : registrations) {
				for (Standing standing : type.days()) {
					printer.printRecord(inert(type.name()), type.capacity(), standing.day(), standing.holding(),
							standing.waiting());
				}
			}
		});
	}

	/**
	 * The whole matrix, an MC's own interest on the diagonal; below it, after an empty
	 * line, each pair that the draft timetable runs in parallel, with their shared
	 * audience.
	 */
	static String sharedAudience(Event event, AudienceMatrix matrix) {
		return SpreadsheetCsv.text(printer -> {
			List<Object> header = new ArrayList<>();
			header.add("Marked both");
			matrix.mcs().forEach(mc -> header.add(inert(mc.title())));
			printer.printRecord(header);
			for (McAudience row : matrix.mcs()) {
				List<Object> cells = new ArrayList<>();
				cells.add(inert(row.title()));
				matrix.mcs().forEach(column -> cells.add(matrix.shared(row, column)));
				printer.printRecord(cells);
			}
			printer.println();
			printer.printRecord("In parallel in the draft timetable", "With", "Marked both");
			for (McAudience one : matrix.mcs()) {
				for (McAudience other : matrix.mcs()) {
					if (one.id() < other.id() && matrix.parallel(one, other)) {
						printer.printRecord(inert(one.title()), inert(other.title()), matrix.shared(one, other));
					}
				}
			}
		});
	}

	static String roomFill(Event event, List<SessionFill> sessions) {
		String zone = " (" + event.timeZone().getId() + ")";
		return SpreadsheetCsv.text(printer -> {
			printer.printRecord("Session", "Room", "Starts" + zone, "Ends" + zone, "Interested", "Seats", "Fill (%)");
			for (SessionFill session : sessions) {
				printer.printRecord(inert(session.title()), inert(session.room()),
						EventTimes.field(session.startsAt(), event.timeZone()).replace('T', ' '),
						EventTimes.field(session.endsAt(), event.timeZone()).replace('T', ' '), session.interested(),
						session.seats(), session.percent() == null ? "" : session.percent());
			}
		});
	}

}
