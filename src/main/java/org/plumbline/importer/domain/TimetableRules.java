package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plumbline.schedule.BlockPart;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the timetables that only the rest of the file can decide: released versions
 * in increasing order; in each version and the draft, each session names one of the
 * file's ACCEPTED microconferences or one of its plain tracks, one of its rooms and one
 * of its time blocks (by date and label), a half of a block only if the block has a
 * break, no room holds two sessions in one half of a block, and its talks are topics of
 * the file of the session's call, inside the session, once each; export numbers belong to
 * one GUID each; breaks are checked by {@link BreakRules}. Conflicts of people are left
 * to the release itself, which refuses a hard one after the people are known.
 */
final class TimetableRules {

	private static final String RELEASES = "/timetable/releases";

	/** The states a topic may have once a release held it. */
	private static final Set<String> RELEASABLE_SINCE = Set.of("ACCEPTED", "CONFIRMED", "DECLINED", "CANCELED");

	private TimetableRules() {
	}

	static void check(Findings findings, EventSpan event) {
		JsonNode timetable = findings.root().path("timetable");
		List<JsonNode> releases = Findings.elements(timetable.get("releases"));
		Context context = new Context(rooms(findings), statuses(findings), trackSlugs(findings), blocksByDate(findings),
				topicCalls(findings), new TimetableExportNumbers(findings));
		Map<String, String> topicStates = topicStates(findings);
		String previous = null;
		for (int i = 0; i < releases.size(); i++) {
			String pointer = RELEASES + "/" + i;
			JsonNode release = releases.get(i);
			JsonNode number = release.get("number");
			if (previous != null && number != null && number.isIntegralNumber()) {
				JsonNode before = findings.root().at(previous + "/number");
				if (before.isIntegralNumber() && number.asLong() <= before.asLong()) {
					findings.add(pointer + "/number",
							"version " + number.asLong() + " is not after version " + before.asLong() + " (line "
									+ findings.lineOf(previous)
									+ "); list the released versions oldest first, their numbers increasing");
				}
			}
			previous = pointer;
			version(findings, pointer, release, event, context);
			releasedTopicsWereAccepted(findings, pointer, release, topicStates);
			List<JsonNode> changes = Findings.elements(release.get("changes"));
			for (int j = 0; j < changes.size(); j++) {
				String topic = Findings.text(changes.get(j).get("topic"));
				if (topic != null && !context.topicCalls().containsKey(topic.toLowerCase(Locale.ROOT))) {
					findings.add(pointer + "/changes/" + j + "/topic", ReferenceRules.UNKNOWN_TOPIC.formatted(topic));
				}
			}
		}
		JsonNode draft = timetable.get("draft");
		if (draft != null && draft.isObject()) {
			version(findings, "/timetable/draft", draft, event, context);
		}
	}

	/** What the checks of every version read of the rest of the file. */
	private record Context(List<String> rooms, Map<String, String> statuses, Set<String> tracks,
			Map<String, List<JsonNode>> blocksByDate, Map<String, String> topicCalls,
			TimetableExportNumbers exportNumbers) {
	}

	private static void version(Findings findings, String pointer, JsonNode version, EventSpan event, Context context) {
		Map<String, String> guids = new HashMap<>();
		sessions(findings, pointer + "/sessions", Findings.elements(version.get("sessions")), context, guids);
		List<JsonNode> breaks = Findings.elements(version.get("breaks"));
		BreakRules.check(findings, pointer + "/breaks", breaks, event, context.rooms(), guids);
		for (int i = 0; i < breaks.size(); i++) {
			context.exportNumbers().check(breaks.get(i), pointer + "/breaks/" + i);
		}
	}

	/** The names of the file's rooms, in order. */
	static List<String> rooms(Findings findings) {
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

	/**
	 * @param guids where each GUID of the version was first met, by pointer; updated here
	 */
	private static void sessions(Findings findings, String pointer, List<JsonNode> sessions, Context context,
			Map<String, String> guids) {
		Map<String, String> usedHalves = new HashMap<>();
		Map<String, String> placedTopics = new HashMap<>();
		for (int i = 0; i < sessions.size(); i++) {
			String sessionPointer = pointer + "/" + i;
			JsonNode session = sessions.get(i);
			String mc = Findings.text(session.get("microconference"));
			String track = Findings.text(session.get("track"));
			if ((mc == null) == (track == null)) {
				findings.add(sessionPointer,
						"a session names either a \"microconference\" or a \"track\", one of them");
			}
			microconference(findings, sessionPointer, mc, context.statuses());
			if (track != null && !context.tracks().contains(track)) {
				findings.add(sessionPointer + "/track",
						"unknown track \"" + track + "\": no entry of \"plainTracks\" has this slug");
			}
			String room = Findings.text(session.get("room"));
			boolean roomKnown = room != null && knownRoom(findings, sessionPointer + "/room", room, context.rooms());
			// a day the calendar lacks is reported as such, not as a day without blocks
			String date = CalendarRules.date(session.get("date")) == null ? null : Findings.text(session.get("date"));
			String label = Findings.text(session.get("block"));
			JsonNode block = block(findings, sessionPointer, date, label, context.blocksByDate());
			List<BlockPart> halves = halves(findings, sessionPointer, session, block, label + " block of " + date);
			if (roomKnown && block != null) {
				roomOnce(findings, usedHalves, sessionPointer, room + " in the " + label + " block of " + date, halves);
			}
			findings.uniqueGuid(guids, session, sessionPointer, "session");
			context.exportNumbers().check(session, sessionPointer);
			talks(findings, sessionPointer, session, mc != null ? mc : track, block, halves, context, placedTopics);
		}
	}

	/**
	 * Each talk is a topic of the file of the session's own call, inside the session, and
	 * placed once in the version.
	 * @param call the session's MC or track slug, or null
	 * @param block the session's block, or null when it names none (reported)
	 * @param placedTopics where each topic was placed in the version, by pointer; updated
	 * here
	 */
	private static void talks(Findings findings, String pointer, JsonNode session, String call, JsonNode block,
			List<BlockPart> halves, Context context, Map<String, String> placedTopics) {
		List<JsonNode> talks = Findings.elements(session.get("talks"));
		for (int j = 0; j < talks.size(); j++) {
			String talkPointer = pointer + "/talks/" + j;
			JsonNode talk = talks.get(j);
			String topic = Findings.text(talk.get("topic"));
			if (topic != null) {
				String topicCall = context.topicCalls().get(topic.toLowerCase(Locale.ROOT));
				if (topicCall == null) {
					findings.add(talkPointer + "/topic", ReferenceRules.UNKNOWN_TOPIC.formatted(topic));
				}
				else if (call != null && !topicCall.equals(call)) {
					findings.add(talkPointer + "/topic", "topic " + topic + " was submitted to \"" + topicCall
							+ "\", not to the session's \"" + call + "\"");
				}
				findings.unique(placedTopics, topic.toLowerCase(Locale.ROOT), talkPointer + "/topic",
						"talk of topic " + topic + " in one version");
			}
			String start = Findings.text(talk.get("start"));
			String end = Findings.text(talk.get("end"));
			if (start == null || end == null) {
				continue;
			}
			if (end.compareTo(start) <= 0) {
				findings.add(talkPointer + "/end", "the talk must end after it starts (" + start + ")");
			}
			else if (block != null && !halves.isEmpty()) {
				String from = halves.getFirst() == BlockPart.AFTER_BREAK ? Findings.text(block.get("breakEnd"))
						: Findings.text(block.get("start"));
				String to = halves.getLast() == BlockPart.BEFORE_BREAK ? Findings.text(block.get("breakStart"))
						: Findings.text(block.get("end"));
				if (from != null && to != null && (start.compareTo(from) < 0 || end.compareTo(to) > 0)) {
					findings.add(talkPointer,
							"the talk " + start + "-" + end + " is outside its session (" + from + "-" + to + ")");
				}
			}
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
	static JsonNode block(Findings findings, String pointer, String date, String label,
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

	private static Set<String> trackSlugs(Findings findings) {
		Set<String> slugs = new HashSet<>();
		Findings.elements(findings.root().get("plainTracks")).forEach(track -> {
			String slug = Findings.text(track.get("slug"));
			if (slug != null) {
				slugs.add(slug);
			}
		});
		return slugs;
	}

	/**
	 * A release holds only talks accepted or confirmed when it was made (DOMAIN.md,
	 * "Placement"); since then a topic may only have been confirmed, declined or
	 * canceled, and its version keeps it. A topic in any other state was never
	 * releasable.
	 */
	private static void releasedTopicsWereAccepted(Findings findings, String pointer, JsonNode release,
			Map<String, String> topicStates) {
		List<JsonNode> sessions = Findings.elements(release.get("sessions"));
		for (int i = 0; i < sessions.size(); i++) {
			List<JsonNode> talks = Findings.elements(sessions.get(i).get("talks"));
			for (int j = 0; j < talks.size(); j++) {
				String topic = Findings.text(talks.get(j).get("topic"));
				String state = topic == null ? null : topicStates.get(topic.toLowerCase(Locale.ROOT));
				if (state != null && !RELEASABLE_SINCE.contains(state)) {
					findings.add(pointer + "/sessions/" + i + "/talks/" + j + "/topic", "topic " + topic + " is "
							+ state + ", so it was never accepted and cannot be in a released version; "
							+ "a release holds ACCEPTED and CONFIRMED topics (and those DECLINED or CANCELED since)");
				}
			}
		}
	}

	/** The state of each of the file's topics, by its GUID in lower case. */
	private static Map<String, String> topicStates(Findings findings) {
		Map<String, String> states = new HashMap<>();
		for (JsonNode topic : Findings.elements(findings.root().get("topics"))) {
			String guid = Findings.text(topic.get("guid"));
			String state = Findings.text(topic.get("state"));
			if (guid != null && state != null) {
				states.putIfAbsent(guid.toLowerCase(Locale.ROOT), state);
			}
		}
		return states;
	}

	/** The call of each of the file's topics, by its GUID in lower case. */
	private static Map<String, String> topicCalls(Findings findings) {
		Map<String, String> calls = new HashMap<>();
		for (JsonNode topic : Findings.elements(findings.root().get("topics"))) {
			String guid = Findings.text(topic.get("guid"));
			String call = Findings.text(topic.get("call"));
			if (guid != null && call != null) {
				calls.putIfAbsent(guid.toLowerCase(Locale.ROOT), call);
			}
		}
		return calls;
	}

	/** The file's labelled time blocks, by their date as written, in file order. */
	static Map<String, List<JsonNode>> blocksByDate(Findings findings) {
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
