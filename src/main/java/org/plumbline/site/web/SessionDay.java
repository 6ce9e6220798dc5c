package org.plumbline.site.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.site.web.ScheduleViews.Shown;

/** One event day of a schedule list: its sessions in time order. */
public record SessionDay(String id, String heading, List<SessionView> sessions) {

	static List<SessionDay> of(Event event, Map<LocalDate, List<Shown>> days) {
		return days.entrySet()
			.stream()
			.map(day -> new SessionDay(ScheduleGrid.dayId(day.getKey()), ScheduleGrid.DAY_HEADING.format(day.getKey()),
					day.getValue().stream().map(Shown::view).toList()))
			.toList();
	}

}
