package org.plumbline.export.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.plumbline.event.Room;
import org.plumbline.schedule.EventDays;
import org.plumbline.schedule.ReleasedSchedule;

/**
 * A day of the c3voc formats: from local midnight to the next (so a day on which summer
 * time ends lasts 25 hours), with every room of the event in order and the entries that
 * start in it on that day.
 *
 * @param index 1 for the first day
 */
record ScheduleDay(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end,
		Map<Room, List<ScheduleEntry>> rooms) {

	/**
	 * The event's days, and any day outside them that has an entry (the timetable's
	 * checks keep sessions inside the event, but an export must not lose one).
	 */
	static List<ScheduleDay> of(ReleasedSchedule schedule, List<ScheduleEntry> entries) {
		ZoneId zone = schedule.event().timeZone();
		TreeSet<LocalDate> dates = new TreeSet<>(EventDays.of(schedule.event()).dates());
		entries.forEach(entry -> dates.add(entry.startsAt().atZone(zone).toLocalDate()));
		List<ScheduleDay> days = new ArrayList<>();
		for (LocalDate date : dates) {
			Map<Room, List<ScheduleEntry>> rooms = new LinkedHashMap<>();
			schedule.rooms().forEach(room -> rooms.put(room, new ArrayList<>()));
			entries.stream()
				.filter(entry -> entry.startsAt().atZone(zone).toLocalDate().equals(date))
				.forEach(entry -> rooms.computeIfAbsent(entry.room(), room -> new ArrayList<>()).add(entry));
			days.add(new ScheduleDay(days.size() + 1, date, date.atStartOfDay(zone),
					date.plusDays(1).atStartOfDay(zone), rooms));
		}
		return days;
	}

}
