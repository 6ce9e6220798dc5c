package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the breaks of a released version that the schema cannot state: a day of the
 * event, an end after the start, wall-clock times that exist in the event's zone, one of
 * the file's rooms when a room is named, and a GUID no other session or break of the
 * version has. Whether a break may overlap a session is left to the timetable, as it is
 * when organisers add one.
 */
final class BreakRules {

	private BreakRules() {
	}

	/**
	 * @param guids where each GUID of the version was first met, by pointer; updated here
	 */
	static void check(Findings findings, String pointer, List<JsonNode> breaks, EventSpan event, List<String> rooms,
			Map<String, String> guids) {
		for (int i = 0; i < breaks.size(); i++) {
			String breakPointer = pointer + "/" + i;
			JsonNode timetableBreak = breaks.get(i);
			LocalDate date = CalendarRules.date(timetableBreak.get("date"));
			if (date != null && event.excludes(date)) {
				findings.add(breakPointer + "/date", date + " is outside the event's dates (" + event.dates() + ")");
			}
			LocalTime start = TimeBlockRules.time(timetableBreak.get("start"));
			LocalTime end = TimeBlockRules.time(timetableBreak.get("end"));
			if (start != null && end != null && !end.isAfter(start)) {
				findings.add(breakPointer + "/end", "the break must end after it starts (" + start + ")");
			}
			TimeBlockRules.existsInZone(findings, breakPointer + "/start", date, start, event.zone());
			TimeBlockRules.existsInZone(findings, breakPointer + "/end", date, end, event.zone());
			String room = Findings.text(timetableBreak.get("room"));
			if (room != null) {
				TimetableRules.knownRoom(findings, breakPointer + "/room", room, rooms);
			}
			findings.uniqueGuid(guids, timetableBreak, breakPointer, "break");
		}
	}

}
