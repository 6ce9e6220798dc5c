package org.plumbline.importer.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.schedule.BlockPart;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the released timetable that only the rest of the file can decide: each
 * session names one of the file's ACCEPTED microconferences, one of its rooms and one of
 * its time blocks (by date and label), a half of a block only if the block has a break,
 * no room holds two sessions in one half of a block, and the file carries one released
 * version; its breaks are checked by {@link BreakRules}. Conflicts of people are left to
 * the release itself, which refuses a hard one after the people are known.
 */
final class TimetableRules {

	private static final String RELEASES = "/timetable/releases";

	private TimetableRules() {
	}

	static void check(Findings findings, EventSpan event) {
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
		List<String> rooms = rooms(findings);
		Map<String, String> guids = new HashMap<>();
		sessions(findings, pointer + "/sessions", Findings.elements(releases.getFirst().get("sessions")), rooms, guids);
		BreakRules.check(findings, pointer + "/breaks", Findings.elements(releases.getFirst().get("breaks")), event,
				rooms, guids);
	}

	/** The names of the file's rooms, in order. */
	private static List<String> rooms(Findings findings) {
		return Findings.elements(findings.root().get("rooms"))
			.stream()
			.map(room -> Findings.text(room.get("name")))
			.filter(name -> name != null)
			.toList();
	}

	/**
	 * Reports a room that is not one of the file's.
	 * @return whether the room is one of them
	 */
	static boolean knownRoom(Findings findings, String pointer, String room, List<String> rooms) {
		if (rooms.contains(room)) {
			return true;
		}
		findings.add(pointer, "unknown room \"" + room + "\"; the rooms are " + String.join(", ", rooms));
		return false;
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

	/**
	 * @param guids where each GUID of the version was first met, by pointer; updated here
	 */
	private static void sessions(Findings findings, String pointer, List<JsonNode> sessions, List<String> rooms,
			Map<String, String> guids) {
		Map<String, String> statuses = statuses(findings);
		Map<String, List<JsonNode>> blocksByDate = blocksByDate(findings);
		Map<String, String> usedHalves = new HashMap<>();
		for (int i = 0; i < sessions.size(); i++) {
			String sessionPointer = pointer + "/" + i;
			JsonNode session = sessions.get(i);
			microconference(findings, sessionPointer, Findings.text(session.get("microconference")), statuses);
			String room = Findings.text(session.get("room"));
			boolean roomKnown = room != null && knownRoom(findings, sessionPointer + "/room", room, rooms);
			String date = Findings.text(session.get("date"));
			String label = Findings.text(session.get("block"));
			JsonNode block = block(findings, sessionPointer, date, label, blocksByDate);
			List<BlockPart> halves = halves(findings, sessionPointer, session, block, label + " block of " + date);
			if (roomKnown && block != null) {
				roomOnce(findings, usedHalves, sessionPointer, room + " in the " + label + " block of " + date, halves);
			}
			findings.uniqueGuid(guids, session, sessionPointer, "session");
		}
	}

	/**
	 * The halves of its block that a session takes: both for the whole block (the
	 * default), or the one its {@code part} names, which the block must have a break to
	 * split at.
	 * @param block the session's block, or null when it names none (reported)
	 */
	private static List<BlockPart> halves(Findings findings, String pointer, JsonNode session, JsonNode block,
			String blockName) {
		String part = Findings.text(session.get("part"));
		if (part == null || part.equals(BlockPart.WHOLE.name())) {
			return List.of(BlockPart.BEFORE_BREAK, BlockPart.AFTER_BREAK);
		}
		if (!part.equals(BlockPart.BEFORE_BREAK.name()) && !part.equals(BlockPart.AFTER_BREAK.name())) {
			// The schema reports an unknown part; the session takes no half to compare.
			return List.of();
		}
		if (block != null && !block.has("breakStart")) {
			findings.add(pointer + "/part", "the " + blockName + " has no break to split it at; leave out \"part\" "
					+ "to place the session for the whole block");
		}
		return List.of(BlockPart.valueOf(part));
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
	 * @return the one time block of the file that the date and label name, or null
	 */
	private static JsonNode block(Findings findings, String pointer, String date, String label,
			Map<String, List<JsonNode>> blocksByDate) {
		if (date == null || label == null) {
			return null;
		}
		List<JsonNode> blocks = blocksByDate.getOrDefault(date, List.of());
		List<String> labels = blocks.stream().map(block -> Findings.text(block.get("label"))).toList();
		List<JsonNode> named = blocks.stream()
			.filter(block -> label.equals(Findings.text(block.get("label"))))
			.toList();
		if (labels.isEmpty()) {
			findings.add(pointer + "/date", "no time block is on " + date);
		}
		else if (named.isEmpty()) {
			findings.add(pointer + "/block", "no time block \"" + label + "\" on " + date
					+ "; the blocks of that day are " + String.join(", ", labels));
		}
		else if (named.size() > 1) {
			findings.add(pointer + "/block", named.size() + " time blocks on " + date + " are labelled \"" + label
					+ "\"; give them different labels to place a session in one");
		}
		return named.size() == 1 ? named.getFirst() : null;
	}

	/**
	 * Reports a session in a half of a block that an earlier session in the room already
	 * takes, once.
	 * @param usedHalves the session that took each half of a block in a room, by pointer;
	 * updated here
	 */
	private static void roomOnce(Findings findings, Map<String, String> usedHalves, String pointer, String place,
			List<BlockPart> halves) {
		for (BlockPart half : halves) {
			String first = usedHalves.putIfAbsent(place + " " + half.name(), pointer);
			if (first != null) {
				findings.add(pointer + "/room", place + " already holds the session at line " + findings.lineOf(first)
						+ "; a room holds one session at a time");
				return;
			}
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

	/** The file's labelled time blocks, by their date as written, in file order. */
	private static Map<String, List<JsonNode>> blocksByDate(Findings findings) {
		Map<String, List<JsonNode>> blocks = new LinkedHashMap<>();
		for (JsonNode block : Findings.elements(findings.root().get("timeBlocks"))) {
			String date = Findings.text(block.get("date"));
			if (date != null && Findings.text(block.get("label")) != null) {
				blocks.computeIfAbsent(date, key -> new ArrayList<>()).add(block);
			}
		}
		return blocks;
	}

}
