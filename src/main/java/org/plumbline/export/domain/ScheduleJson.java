package org.plumbline.export.domain;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.Event;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A released version as c3voc schedule JSON (schema.json, version 1), the fields in the
 * order pretalx writes them, with the event's {@code time_zone_name}.
 */
@Component
public class ScheduleJson {

	static final String SCHEMA = "https://c3voc.de/schedule/schema.json";

	private final ScheduleEntries entries;

	ScheduleJson(ScheduleEntries entries) {
		this.entries = entries;
	}

	public String write(ReleasedSchedule schedule) {
		Event event = schedule.event();
		List<ScheduleEntry> all = entries.of(schedule);
		JsonMapper json = JsonMapper.shared();
		ObjectNode root = json.createObjectNode();
		root.put("$schema", SCHEMA);
		root.putObject("generator").put("name", ScheduleXml.GENERATOR);
		ObjectNode scheduleNode = root.putObject("schedule");
		scheduleNode.put("version", String.valueOf(schedule.number()));
		scheduleNode.put("base_url", entries.eventPage(event));
		ObjectNode conference = scheduleNode.putObject("conference");
		conference.put("acronym", event.slug());
		conference.put("title", event.name());
		conference.put("start", event.startDate().toString());
		conference.put("end", event.endDate().toString());
		List<ScheduleDay> days = ScheduleDay.of(schedule, all);
		conference.put("daysCount", days.size());
		conference.put("timeslot_duration", ScheduleXml.TIMESLOT_DURATION);
		conference.put("time_zone_name", event.timeZone().getId());
		conference.put("url", entries.eventPage(event));
		ArrayNode tracks = conference.putArray("tracks");
		tracksOf(all).forEach((name, slug) -> tracks.addObject().put("name", name).put("slug", slug));
		ArrayNode rooms = conference.putArray("rooms");
		schedule.rooms()
			.forEach(room -> rooms.addObject()
				.put("name", room.name())
				.put("guid", room.guid().toString())
				.put("capacity", room.capacity()));
		ArrayNode dayNodes = conference.putArray("days");
		ZoneId zone = event.timeZone();
		for (ScheduleDay day : days) {
			ObjectNode dayNode = dayNodes.addObject();
			dayNode.put("index", day.index());
			dayNode.put("date", day.date().toString());
			dayNode.put("day_start", ExportTimes.withOffset(day.start().toInstant(), zone));
			dayNode.put("day_end", ExportTimes.withOffset(day.end().toInstant(), zone));
			ObjectNode roomNodes = dayNode.putObject("rooms");
			day.rooms().forEach((room, roomEntries) -> {
				ArrayNode events = roomNodes.putArray(room.name());
				roomEntries.forEach(entry -> event(events.addObject(), entry, zone));
			});
		}
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void event(ObjectNode node, ScheduleEntry entry, ZoneId zone) {
		node.put("guid", entry.guid().toString());
		node.put("id", entry.exportNumber());
		node.put("date", ExportTimes.withOffset(entry.startsAt(), zone));
		node.put("start", ExportTimes.localStart(entry.startsAt(), zone));
		node.put("end", ExportTimes.withOffset(entry.endsAt(), zone));
		node.put("duration", ExportTimes.duration(entry.duration()));
		node.put("room", entry.room().name());
		node.put("slug", entry.slug());
		node.put("url", entry.url());
		node.put("title", entry.title());
		node.put("subtitle", "");
		node.put("track", entry.track());
		node.put("type", entry.type());
		// Plumbline does not ask for a talk's language.
		node.putNull("language");
		node.put("abstract", entry.abstractText());
		ArrayNode persons = node.putArray("persons");
		for (ScheduledPerson person : entry.persons()) {
			persons.addObject()
				.put("guid", person.guid().toString())
				.put("name", person.nameAsWritten())
				.put("public_name", person.nameAsWritten());
		}
		references(node.putArray("links"), entry.links());
		if (!entry.attachments().isEmpty()) {
			references(node.putArray("attachments"), entry.attachments());
		}
	}

	private static void references(ArrayNode array, List<ScheduleReference> references) {
		for (ScheduleReference reference : references) {
			array.addObject()
				.put("type", reference.type())
				.put("url", reference.href())
				.put("title", reference.title());
		}
	}

	/** Each track's name and slug, in the order the tracks first appear. */
	static Map<String, String> tracksOf(List<ScheduleEntry> entries) {
		Map<String, String> tracks = new LinkedHashMap<>();
		entries.forEach(entry -> tracks.putIfAbsent(entry.track(), entry.trackSlug()));
		return tracks;
	}

}
