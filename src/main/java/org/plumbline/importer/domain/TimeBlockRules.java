package org.plumbline.importer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Rules for time blocks: a date inside the event, an end after the start, a break inside
 * the block, and wall-clock times that exist in the event's zone (a daylight-saving gap
 * would silently shift them).
 */
final class TimeBlockRules {

	private TimeBlockRules() {
	}

	static void check(Findings findings, EventSpan event) {
		List<JsonNode> blocks = Findings.elements(findings.root().get("timeBlocks"));
		for (int i = 0; i < blocks.size(); i++) {
			String pointer = "/timeBlocks/" + i;
			JsonNode block = blocks.get(i);
			LocalDate date = CalendarRules.date(block.get("date"));
			if (date != null && event.excludes(date)) {
				findings.add(pointer + "/date", date + " is outside the event's dates (" + event.dates() + ")");
			}
			LocalTime start = time(block.get("start"));
			LocalTime end = time(block.get("end"));
			if (start != null && end != null && !end.isAfter(start)) {
				findings.add(pointer + "/end", "the block must end after it starts (" + start + ")");
			}
			checkBreak(findings, pointer, block, start, end);
			for (String field : List.of("start", "end", "breakStart", "breakEnd")) {
				existsInZone(findings, pointer + "/" + field, date, time(block.get(field)), event.zone());
			}
		}
	}

	private static void checkBreak(Findings findings, String pointer, JsonNode block, LocalTime start, LocalTime end) {
		boolean hasStart = block.has("breakStart");
		boolean hasEnd = block.has("breakEnd");
		if (hasStart != hasEnd) {
			findings.add(pointer + (hasStart ? "/breakStart" : "/breakEnd"), "a break needs both breakStart and "
					+ "breakEnd; " + (hasStart ? "breakEnd" : "breakStart") + " is missing");
			return;
		}
		LocalTime breakStart = time(block.get("breakStart"));
		LocalTime breakEnd = time(block.get("breakEnd"));
		if (breakStart == null || breakEnd == null) {
			return;
		}
		if (!breakEnd.isAfter(breakStart)) {
			findings.add(pointer + "/breakEnd", "the break must end after it starts (" + breakStart + ")");
		}
		else if (start != null && end != null && end.isAfter(start)
				&& (breakStart.isBefore(start) || breakEnd.isAfter(end))) {
			String culprit = breakStart.isBefore(start) ? "/breakStart" : "/breakEnd";
			findings.add(pointer + culprit, "the break (" + breakStart + "–" + breakEnd + ") is not inside the block ("
					+ start + "–" + end + ")");
		}
	}

	/**
	 * Reports a wall-clock time that the zone skips on that date; checks nothing when any
	 * argument is null.
	 */
	static void existsInZone(Findings findings, String pointer, LocalDate date, LocalTime time, ZoneId zone) {
		if (date != null && time != null && zone != null
				&& zone.getRules().getValidOffsets(LocalDateTime.of(date, time)).isEmpty()) {
			findings.add(pointer, time + " does not exist on " + date + " in " + zone.getId()
					+ ": the clocks skip it for daylight saving time");
		}
	}

	/** The time, or null when absent or malformed (the schema reports the form). */
	static LocalTime time(JsonNode node) {
		String text = Findings.text(node);
		if (text == null || !text.matches("\\d{2}:\\d{2}")) {
			return null;
		}
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
