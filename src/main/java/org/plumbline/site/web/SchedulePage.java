package org.plumbline.site.web;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.schedule.ReleasedSchedule;

/**
 * What every page of a released schedule shows above it: which version, the time zone its
 * times are in, the ways to view it (grid, list, each room) with the current one marked,
 * and the exports.
 *
 * @param current {@link #GRID}, {@link #LIST} or a room's GUID
 */
public record SchedulePage(Event event, int version, Moment releasedOn, String current, List<Link> views,
		List<Link> rooms, List<Link> exports) {

	static final String GRID = "grid";

	static final String LIST = "list";

	/** A link; {@code current} marks the page it is on. */
	public record Link(String label, String path, boolean current) {
	}

	public String zone() {
		return event.timeZone().getId();
	}

	public String listPath() {
		return ScheduleViews.listPath(event);
	}

	static SchedulePage of(ReleasedSchedule schedule, String current) {
		Event event = schedule.event();
		List<Link> rooms = new ArrayList<>();
		for (Room room : schedule.rooms()) {
			rooms.add(
					new Link(room.name(), ScheduleViews.roomPath(event, room), current.equals(room.guid().toString())));
		}
		String exports = ScheduleViews.schedulePath(event) + "/export/schedule.";
		return new SchedulePage(event, schedule.number(), Moment.date(schedule.releasedAt(), event.timeZone()), current,
				List.of(new Link("Grid", ScheduleViews.schedulePath(event), current.equals(GRID)),
						new Link("List", ScheduleViews.listPath(event), current.equals(LIST))),
				List.copyOf(rooms), List.of(new Link("Calendar (iCalendar)", exports + "ics", false),
						new Link("Frab XML", exports + "xml", false), new Link("c3voc JSON", exports + "json", false)));
	}

}
