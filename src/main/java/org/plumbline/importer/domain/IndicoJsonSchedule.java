package org.plumbline.importer.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.domain.ScheduleContent.ScheduleLink;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads an event from Indico's HTTP export API ({@code /export/event/ID.json}, with or
 * without {@code detail=contributions} or {@code detail=sessions}): the event, its
 * contributions as talks (a contribution's track, else its session, is the talk's track),
 * their speakers, rooms, times, material and addresses. Indico has no schema to check
 * against; a field of the wrong shape is a warning where it is.
 */
@Component
class IndicoJsonSchedule {

	static final String FORMAT = "Indico export API JSON";

	/** As the event's venue column holds. */
	private static final int MAX_VENUE = 300;

	/** Whether a JSON document has the export API's top level. */
	static boolean recognises(JsonNode root) {
		return root.isObject() && root.has("results")
				&& ("HTTPAPIResult".equals(Findings.text(root.get("_type"))) || root.get("results").isArray());
	}

	/**
	 * @throws EventFileException if the answer holds no event, or its event names a time
	 * zone that does not exist
	 */
	ScheduleContent read(LocatedJson json, LocalDate today) {
		List<JsonNode> results = Findings.elements(json.root().get("results"));
		if (results.isEmpty() || !results.getFirst().isObject()) {
			throw new EventFileException(json.problem("/results", "the Indico answer holds no event in \"results\""));
		}
		ScheduleReading reading = new ScheduleReading();
		if (results.size() > 1) {
			reading.skip(json.problem("/results/1",
					"the answer holds " + results.size() + " events; only the first is imported"));
		}
		JsonNode event = results.getFirst();
		String pointer = "/results/0";
		EventFileProblem place = json.problem(pointer, "");
		ZoneId zone = zone(json, event, reading, pointer);
		String eventRoom = firstText(event.get("room"), event.get("location"));
		Set<String> seen = new HashSet<>();
		contributions(json, reading, event.get("contributions"), pointer + "/contributions", null, eventRoom, zone,
				seen);
		List<JsonNode> sessions = Findings.elements(event.get("sessions"));
		for (int s = 0; s < sessions.size(); s++) {
			JsonNode session = sessions.get(s);
			String sessionRoom = firstText(session.get("room"), session.get("location"));
			contributions(json, reading, session.get("contributions"), pointer + "/sessions/" + s + "/contributions",
					Findings.text(session.get("title")), sessionRoom != null ? sessionRoom : eventRoom, zone, seen);
		}
		String name = reading.eventName(Findings.text(event.get("title")), "Imported event", place);
		Instant start = instant(event.get("startDate"), zone);
		Instant end = instant(event.get("endDate"), zone);
		String venue = Findings.text(event.get("location"));
		if (venue != null && venue.strip().length() > MAX_VENUE) {
			reading.warn(json.problem(pointer + "/location", "the location has " + venue.strip().length()
					+ " characters; the venue keeps the first " + MAX_VENUE));
			venue = venue.strip().substring(0, MAX_VENUE);
		}
		return reading.content(FORMAT, name, zone, start == null ? null : start.atZone(zone).toLocalDate(),
				end == null ? null : end.atZone(zone).toLocalDate(),
				venue == null || venue.isBlank() ? null : venue.strip(), place, today);
	}

	private static ZoneId zone(LocatedJson json, JsonNode event, ScheduleReading reading, String pointer) {
		String name = Findings.text(event.get("timezone"));
		String field = "/timezone";
		if (name == null) {
			name = Findings.text(event.path("startDate").get("tz"));
			field = "/startDate/tz";
		}
		if (name == null) {
			reading.warn(json.problem(pointer, "the event names no time zone (timezone); the event's zone is UTC"));
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(name.strip());
		}
		catch (DateTimeException ex) {
			throw new EventFileException(json.problem(pointer + field, ScheduleReading.unknownZone(name)));
		}
	}

	private static void contributions(LocatedJson json, ScheduleReading reading, JsonNode list, String pointer,
			String sessionTitle, String inheritedRoom, ZoneId zone, Set<String> seen) {
		List<JsonNode> contributions = Findings.elements(list);
		for (int i = 0; i < contributions.size(); i++) {
			JsonNode contribution = contributions.get(i);
			String at = pointer + "/" + i;
			if (!contribution.isObject()) {
				reading.skip(json.problem(at, "left out: a contribution must be an object"));
				continue;
			}
			String id = Findings.text(contribution.get("id"));
			// The sessions detail lists a session's contributions inside it and may list
			// them at the top too: one talk each.
			if (id != null && !seen.add(id)) {
				continue;
			}
			contribution(json, reading, contribution, at, sessionTitle, inheritedRoom, zone);
		}
	}

	private static void contribution(LocatedJson json, ScheduleReading reading, JsonNode contribution, String at,
			String sessionTitle, String inheritedRoom, ZoneId zone) {
		String title = Findings.text(contribution.get("title"));
		Instant startsAt = instant(contribution.get("startDate"), zone);
		if (startsAt == null) {
			reading.warn(json.problem(at + "/startDate", "contribution \"" + title + "\" has no readable start; it is "
					+ "imported but not placed in the timetable"));
		}
		Long minutes = minutes(contribution, startsAt, zone);
		List<String> speakers = new ArrayList<>();
		for (JsonNode speaker : Findings.elements(contribution.get("speakers"))) {
			speakers.add(speakerName(speaker));
		}
		List<ScheduleLink> links = new ArrayList<>();
		for (JsonNode material : Findings.elements(contribution.get("material"))) {
			String materialTitle = Findings.text(material.get("title"));
			for (JsonNode resource : Findings.elements(material.get("resources"))) {
				String url = Findings.text(resource.get("url"));
				if (url != null && !url.isBlank()) {
					String resourceName = Findings.text(resource.get("name"));
					links.add(new ScheduleLink(firstNonBlank(materialTitle, resourceName, url), url.strip(), false));
				}
			}
		}
		String url = Findings.text(contribution.get("url"));
		if (url != null && !url.isBlank()) {
			links.add(new ScheduleLink("On Indico", url.strip(), false));
		}
		String track = Findings.text(contribution.get("track"));
		String contributionRoom = firstText(contribution.get("room"), contribution.get("location"));
		reading.talk(json.problem(at, ""), null, title, Findings.text(contribution.get("description")),
				track != null && !track.isBlank() ? track
						: firstNonBlank(Findings.text(contribution.get("session")), sessionTitle, null),
				contributionRoom != null ? contributionRoom : inheritedRoom, startsAt, minutes, speakers, links);
	}

	/**
	 * Its duration in minutes, else the minutes between its start and end; a number
	 * beyond a long counts as the longest, which the shared rules refuse.
	 */
	private static Long minutes(JsonNode contribution, Instant startsAt, ZoneId zone) {
		JsonNode duration = contribution.get("duration");
		if (duration != null && duration.isIntegralNumber()) {
			if (duration.canConvertToLong()) {
				return duration.longValue();
			}
			return duration.bigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
		}
		Instant endsAt = instant(contribution.get("endDate"), zone);
		if (startsAt != null && endsAt != null && endsAt.isAfter(startsAt)) {
			return java.time.Duration.between(startsAt, endsAt).toMinutes();
		}
		return null;
	}

	private static String speakerName(JsonNode speaker) {
		String full = Findings.text(speaker.get("fullName"));
		if (full != null && !full.isBlank()) {
			return full;
		}
		String first = Findings.text(speaker.get("first_name"));
		String last = Findings.text(speaker.get("last_name"));
		String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
		return joined.isEmpty() ? Findings.text(speaker.get("name")) : joined;
	}

	/** An Indico date object ({@code date}, {@code time}, {@code tz}) as an instant. */
	private static Instant instant(JsonNode value, ZoneId fallbackZone) {
		if (value == null || !value.isObject()) {
			return null;
		}
		String date = Findings.text(value.get("date"));
		String time = Findings.text(value.get("time"));
		String tz = Findings.text(value.get("tz"));
		if (date == null || time == null) {
			return null;
		}
		try {
			ZoneId zone = tz == null ? fallbackZone : ZoneId.of(tz);
			return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String firstText(JsonNode first, JsonNode second) {
		return firstNonBlank(Findings.text(first), Findings.text(second), null);
	}

	private static String firstNonBlank(String first, String second, String third) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return second != null && !second.isBlank() ? second : third;
	}

}
