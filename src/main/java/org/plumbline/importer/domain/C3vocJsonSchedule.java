package org.plumbline.importer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import org.plumbline.importer.domain.ScheduleContent.ScheduleLink;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads c3voc schedule JSON, as pretalx and frab publish it, checking it against the
 * format's schema ({@code schedule-formats/schema.json}): each rule the file breaks is a
 * warning at its JSON Pointer and line, and whatever can still be read is imported.
 */
@Component
class C3vocJsonSchedule {

	static final String FORMAT = "c3voc schedule JSON";

	static final String SCHEMA_RESOURCE = "schedule-formats/schema.json";

	/** Compiled on the first file read, not at start. */
	private final Supplier<CompiledSchema> schema = SingletonSupplier.of(C3vocJsonSchedule::compile);

	private record CompiledSchema(Schema schema, SchemaErrorMessages messages) {
	}

	private static CompiledSchema compile() {
		JsonNode schemaTree;
		try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
			schemaTree = JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The c3voc schedule schema is missing from the classpath", ex);
		}
		// Draft 6, as the schema declares, with its formats (uuid, uri, date-time)
		// asserted.
		SchemaRegistryConfig config = SchemaRegistryConfig.builder()
			.pathType(PathType.JSON_POINTER)
			.formatAssertionsEnabled(true)
			.build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
				builder -> builder.schemaRegistryConfig(config));
		return new CompiledSchema(registry.getSchema(schemaTree), new SchemaErrorMessages(schemaTree));
	}

	/** Whether a JSON document has this format's top level. */
	static boolean recognises(JsonNode root) {
		return root.isObject() && root.has("schedule");
	}

	/**
	 * @throws EventFileException if the document has no {@code schedule.conference}
	 * object, the one thing without which nothing is readable, or names a time zone that
	 * does not exist
	 */
	ScheduleContent read(LocatedJson json, LocalDate today) {
		JsonNode conference = json.root().path("schedule").path("conference");
		if (!conference.isObject()) {
			throw new EventFileException(json.problem("/schedule/conference",
					"not a c3voc schedule: it needs a \"conference\" object inside \"schedule\""));
		}
		ScheduleReading reading = new ScheduleReading();
		Set<EventFileProblem> reported = new LinkedHashSet<>();
		CompiledSchema compiled = schema.get();
		for (Error error : EventFileSchema.withoutUnmatchedBranches(compiled.schema().validate(json.root()))) {
			reported.add(compiled.messages().problem(error, json));
		}
		reported.forEach(reading::warn);
		String conferencePointer = "/schedule/conference";
		EventFileProblem conferencePlace = json.problem(conferencePointer, "");
		ZoneId zone = zone(json, conference, reading);
		rooms(json, reading, conference.path("rooms"), conferencePointer + "/rooms");
		rooms(json, reading, json.root().path("schedule").path("rooms"), "/schedule/rooms");
		URI base = base(json.root().path("schedule"), conference);
		List<JsonNode> days = Findings.elements(conference.get("days"));
		for (int d = 0; d < days.size(); d++) {
			day(json, reading, days.get(d), conferencePointer + "/days/" + d, zone, base);
		}
		String acronym = Findings.text(conference.get("acronym"));
		String name = reading.eventName(Findings.text(conference.get("title")),
				acronym != null && !acronym.isBlank() ? acronym : "Imported event", conferencePlace);
		return reading.content(FORMAT, name, zone, date(conference.get("start")), date(conference.get("end")), null,
				conferencePlace, today);
	}

	private static ZoneId zone(LocatedJson json, JsonNode conference, ScheduleReading reading) {
		String pointer = "/schedule/conference/time_zone_name";
		String name = Findings.text(conference.get("time_zone_name"));
		if (name != null) {
			try {
				return ZoneId.of(name.strip());
			}
			catch (DateTimeException ex) {
				throw new EventFileException(json.problem(pointer, ScheduleReading.unknownZone(name)));
			}
		}
		ZoneId offset = firstOffset(conference);
		reading.warn(json.problem(pointer, "the file names no time zone (time_zone_name); the event's zone is "
				+ offset.getId() + ", the offset of its first talk"));
		return offset;
	}

	private static ZoneId firstOffset(JsonNode conference) {
		for (JsonNode day : Findings.elements(conference.get("days"))) {
			JsonNode rooms = day.path("rooms");
			for (JsonNode talks : rooms.isObject() ? rooms.values() : List.<JsonNode>of()) {
				for (JsonNode talk : Findings.elements(talks)) {
					OffsetDateTime start = ScheduleReading.offsetDateTime(Findings.text(talk.get("date")));
					if (start != null) {
						return start.getOffset();
					}
				}
			}
		}
		return ZoneOffset.UTC;
	}

	private static void rooms(LocatedJson json, ScheduleReading reading, JsonNode rooms, String pointer) {
		List<JsonNode> list = Findings.elements(rooms);
		for (int i = 0; i < list.size(); i++) {
			reading.room(Findings.text(list.get(i).get("name")), json.problem(pointer + "/" + i, ""));
		}
	}

	private static void day(LocatedJson json, ScheduleReading reading, JsonNode day, String pointer, ZoneId zone,
			URI base) {
		LocalDate date = date(day.get("date"));
		JsonNode rooms = day.get("rooms");
		if (rooms == null || !rooms.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> room : rooms.properties()) {
			String roomPointer = JsonPointers.child(pointer + "/rooms", room.getKey());
			List<JsonNode> talks = Findings.elements(room.getValue());
			for (int i = 0; i < talks.size(); i++) {
				talk(json, reading, talks.get(i), roomPointer + "/" + i, room.getKey(), date, zone, base);
			}
		}
	}

	private static void talk(LocatedJson json, ScheduleReading reading, JsonNode talk, String pointer, String roomKey,
			LocalDate day, ZoneId zone, URI base) {
		EventFileProblem place = json.problem(pointer, "");
		if (!talk.isObject()) {
			reading.skip(json.problem(pointer, "left out: a talk must be an object"));
			return;
		}
		String title = Findings.text(talk.get("title"));
		Instant startsAt = startsAt(talk, day, zone);
		if (startsAt == null) {
			reading.warn(json.problem(pointer + "/date", "talk \"" + title + "\" has no readable start (date, or the "
					+ "day's date and start); it is imported but not placed in the timetable"));
		}
		String room = Findings.text(talk.get("room"));
		List<String> speakers = new ArrayList<>();
		for (JsonNode person : Findings.elements(talk.get("persons"))) {
			speakers.add(person.isString() ? person.stringValue() : personName(person));
		}
		List<ScheduleLink> links = new ArrayList<>();
		links(talk.get("links"), links, base);
		links(talk.get("attachments"), links, base);
		reading.talk(place, Findings.text(talk.get("guid")), title,
				joined(Findings.text(talk.get("abstract")), Findings.text(talk.get("description"))),
				trackName(talk.get("track")), room != null && !room.isBlank() ? room : roomKey, startsAt,
				ScheduleReading.minutes(Findings.text(talk.get("duration"))), speakers, links);
	}

	/** A c3voc person object's name: pretalx and frab name the field differently. */
	private static String personName(JsonNode person) {
		for (String field : List.of("public_name", "name", "full_public_name")) {
			String name = Findings.text(person.get(field));
			if (name != null && !name.isBlank()) {
				return name;
			}
		}
		return null;
	}

	/** Tracks are a name, or (in newer exports) an object with one. */
	private static String trackName(JsonNode track) {
		return track != null && track.isObject() ? Findings.text(track.get("name")) : Findings.text(track);
	}

	private static void links(JsonNode list, List<ScheduleLink> links, URI base) {
		for (JsonNode link : Findings.elements(list)) {
			String url = Findings.text(link.get("url"));
			ScheduleLink read = ScheduleReading.link(
					url == null || url.isBlank() ? Findings.text(link.get("href")) : url,
					Findings.text(link.get("title")), Findings.text(link.get("type")), base);
			if (read != null) {
				links.add(read);
			}
		}
	}

	/**
	 * The base of relative links: the schedule's {@code base_url}, else the conference's
	 * {@code base_url} or {@code url}.
	 */
	private static URI base(JsonNode schedule, JsonNode conference) {
		return ScheduleReading.base(Findings.text(schedule.get("base_url")), Findings.text(conference.get("base_url")),
				Findings.text(conference.get("url")));
	}

	private static Instant startsAt(JsonNode talk, LocalDate day, ZoneId zone) {
		return ScheduleReading.startsAt(Findings.text(talk.get("date")), Findings.text(talk.get("start")), day, zone);
	}

	/** A date, or the date of a date-time; null when neither. */
	static LocalDate date(JsonNode node) {
		return ScheduleReading.date(Findings.text(node));
	}

	/** The abstract, then the description where it says more. */
	static String joined(String abstractText, String description) {
		String first = abstractText == null ? "" : abstractText.strip();
		String second = description == null ? "" : description.strip();
		if (second.isEmpty() || second.equals(first)) {
			return first;
		}
		return first.isEmpty() ? second : first + "\n\n" + second;
	}

}
