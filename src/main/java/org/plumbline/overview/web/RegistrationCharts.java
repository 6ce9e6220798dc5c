package org.plumbline.overview.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.registration.TicketTypeHistory;
import org.plumbline.registration.TicketTypeHistory.Standing;

/**
 * Places held and waiting line per ticket type over time, against its capacity: one small
 * chart per type, on a shared day axis and each on its own count axis. None while no type
 * has a registration.
 */
public record RegistrationCharts(List<Plot> plots) {

	public static final int WIDTH = 320;

	static RegistrationCharts of(List<TicketTypeHistory> types) {
		List<LocalDate> days = new ArrayList<>();
		types.forEach(type -> type.days().forEach(standing -> days.add(standing.day())));
		if (days.isEmpty()) {
			return new RegistrationCharts(List.of());
		}
		List<Plot> plots = new ArrayList<>();
		for (TicketTypeHistory type : types) {
			int most = type.capacity();
			Map<LocalDate, Integer> holding = new LinkedHashMap<>();
			Map<LocalDate, Integer> waiting = new LinkedHashMap<>();
			for (Standing standing : type.days()) {
				holding.put(standing.day(), standing.holding());
				waiting.put(standing.day(), standing.waiting());
				most = Math.max(most, Math.max(standing.holding(), standing.waiting()));
			}
			DayAxis axis = DayAxis.over(days, most, 40, WIDTH - 8, 8, 72);
			plots.add(new Plot(type, axis, StepLine.path(axis, holding), StepLine.path(axis, waiting),
					axis.y(type.capacity())));
		}
		return new RegistrationCharts(plots);
	}

	public record Plot(TicketTypeHistory type, DayAxis axis, String holdingPath, String waitingPath, String capacityY) {

	}

}
