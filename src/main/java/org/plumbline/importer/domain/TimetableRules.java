package org.plumbline.importer.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the released timetable that only the rest of the file can decide: each
 * session names one of the file's ACCEPTED microconferences, one of its rooms and one of
 * its time blocks (by date and label), no room holds two sessions in one block, and the
 * file carries one released version. Conflicts of people are left to the release itself,
 * which refuses a hard one after the people are known.
 */
final class TimetableRules {

	private static final String RELEASES = "/timetable/releases";

	private TimetableRules() {
	}

	static void check(Findings findings) {
		List<JsonNode> releases = Findings.elements(findings.root().path("timetable").get("releases"));
		for (int i = 1; i < releases.size(); i++) {
			findings.add(RELEASES + "/" + i, "a file carries one released version, the latest; this Plumbline "
					+ "cannot import earlier versions yet, so remove all but the last");
		}
		if (releases.size() != 1) {
			return;
		}
		String pointer = RELEASES + "/0";
		releasedAt(findings, pointer + "/releasedAt", Findings.text(releases.getFirst().get("releasedAt")));
		sessions(findings, pointer + "/sessions", Findings.elements(releases.getFirst().get("sessions")));
	}

	private static void releasedAt(Findings findings, String pointer, String text) {
		if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z")) {
			return;
		}
		try {
			Instant.parse(text);
		}
		catch (DateTimeException ex) {
			findings.add(pointer, "\"" + text + "\" is not an instant of the calendar");
		}
	}

	private static void sessions(Findings findings, String pointer, List<JsonNode> sessions) {
		Map<String, String> statuses = statuses(findings);
		List<String> rooms = Findings.elements(findings.root().get("rooms"))
			.stream()
			.map(room -> Findings.text(room.get("name")))
			.filter(name -> name != null)
			.toList();
		Map<String, List<String>> labelsByDate = labelsByDate(findings);
		Map<String, String> usedRooms = new HashMap<>();
		Map<String, String> guids = new HashMap<>();
		for (int i = 0; i < sessions.size(); i++) {
			String sessionPointer = pointer + "/" + i;
			JsonNode session = sessions.get(i);
			microconference(findings, sessionPointer, Findings.text(session.get("microconference")), statuses);
			String room = Findings.text(session.get("room"));
			boolean roomKnown = room != null && rooms.contains(room);
			if (room != null && !roomKnown) {
				findings.add(sessionPointer + "/room",
						"unknown room \"" + room + "\"; the rooms are " + String.join(", ", rooms));
			}
			String date = Findings.text(session.get("date"));
			String block = Findings.text(session.get("block"));
			boolean blockKnown = block(findings, sessionPointer, date, block, labelsByDate);
			if (roomKnown && blockKnown) {
				roomOnce(findings, usedRooms, sessionPointer, room + " in the " + block + " block of " + date);
			}
			findings.uniqueGuid(guids, session, sessionPointer, "session");
		}
	}

	private static void microconference(Findings findings, String pointer, String slug, Map<String, String> statuses) {
		if (slug == null) {
			return;
		}
		String status = statuses.get(slug);
		if (status == null) {
			findings.add(pointer + "/microconference",
					"unknown microconference \"" + slug + "\": no entry of \"microconferences\" has this slug");
		}
		else if (!status.equals("ACCEPTED")) {
			findings.add(pointer + "/microconference", "microconference \"" + slug + "\" is " + status
					+ "; only ACCEPTED microconferences are placed in a timetable");
		}
	}

	/**
	 * @return whether the date and label name exactly one of the file's time blocks
	 */
	private static boolean block(Findings findings, String pointer, String date, String label,
			Map<String, List<String>> labelsByDate) {
		if (date == null || label == null) {
			return false;
		}
		List<String> labels = labelsByDate.getOrDefault(date, List.of());
		long named = labels.stream().filter(label::equals).count();
		if (labels.isEmpty()) {
			findings.add(pointer + "/date", "no time block is on " + date);
		}
		else if (named == 0) {
			findings.add(pointer + "/block", "no time block \"" + label + "\" on " + date
					+ "; the blocks of that day are " + String.join(", ", labels));
		}
		else if (named > 1) {
			findings.add(pointer + "/block", named + " time blocks on " + date + " are labelled \"" + label
					+ "\"; give them different labels to place a session in one");
		}
		return named == 1;
	}

	private static void roomOnce(Findings findings, Map<String, String> usedRooms, String pointer, String place) {
		String first = usedRooms.putIfAbsent(place, pointer);
		if (first != null) {
			findings.add(pointer + "/room", place + " already holds the session at line " + findings.lineOf(first)
					+ "; a room holds one session at a time");
		}
	}

	/**
	 * The status of each of the file's microconferences, by slug (the first of a slug).
	 */
	private static Map<String, String> statuses(Findings findings) {
		Map<String, String> statuses = new HashMap<>();
		for (JsonNode mc : Findings.elements(findings.root().get("microconferences"))) {
			String slug = Findings.text(mc.get("slug"));
			String status = Findings.text(mc.get("status"));
			if (slug != null && status != null) {
				statuses.putIfAbsent(slug, status);
			}
		}
		return statuses;
	}

	/** The labels of the file's time blocks, by their date as written, in file order. */
	private static Map<String, List<String>> labelsByDate(Findings findings) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		for (JsonNode block : Findings.elements(findings.root().get("timeBlocks"))) {
			String date = Findings.text(block.get("date"));
			String label = Findings.text(block.get("label"));
			if (date != null && label != null) {
				labels.computeIfAbsent(date, key -> new ArrayList<>()).add(label);
			}
		}
		return labels;
	}

}
