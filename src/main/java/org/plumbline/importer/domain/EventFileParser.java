package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewSponsor;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.SponsorLogo;
import org.plumbline.importer.domain.EventFileContent.FileBreak;
import org.plumbline.importer.domain.EventFileContent.FileMicroconference;
import org.plumbline.importer.domain.EventFileContent.FilePerson;
import org.plumbline.importer.domain.EventFileContent.FileRelease;
import org.plumbline.importer.domain.EventFileContent.FileSession;
import org.plumbline.importer.domain.EventFileContent.FileTicketType;
import org.plumbline.importer.domain.EventFileContent.ListedName;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.schedule.BlockPart;
import tools.jackson.databind.JsonNode;

/**
 * Reads a file that passed validation into {@link EventFileContent}; it trusts the
 * validation.
 */
final class EventFileParser {

	private EventFileParser() {
	}

	static EventFileContent parse(LocatedJson json) {
		JsonNode root = json.root();
		JsonNode event = root.path("event");
		List<String> tiers = root.has("sponsorTiers") ? strings(root.get("sponsorTiers"))
				: EventFileFormat.DEFAULT_SPONSOR_TIERS;
		NewEvent newEvent = new NewEvent(text(event, "slug"), text(event, "name"),
				LocalDate.parse(text(event, "startDate")), LocalDate.parse(text(event, "endDate")),
				ZoneId.of(text(event, "timeZone")), text(event, "venue"),
				map(root.path("rooms"),
						room -> new NewRoom(text(room, "name"), room.path("capacity").intValue(), uuid(room, "guid"))),
				map(root.path("timeBlocks"), EventFileParser::timeBlock), tiers,
				map(root.path("sponsors"), EventFileParser::sponsor));
		Map<String, FilePerson> people = new LinkedHashMap<>();
		for (JsonNode person : root.path("people").values()) {
			people.put(text(person, "id"),
					new FilePerson(text(person, "id"), text(person, "name"), uuid(person, "guid")));
		}
		JsonNode release = root.path("timetable").path("releases").path(0);
		return new EventFileContent(json, newEvent, people,
				map(root.path("microconferences"), EventFileParser::microconference),
				map(root.path("ticketTypes"),
						entry -> new FileTicketType(TicketTypeJson.input(entry), TicketTypeJson.codes(entry))),
				release.isObject() ? release(release) : null);
	}

	private static FileRelease release(JsonNode release) {
		return new FileRelease(release.get("number").intValue(), Instant.parse(text(release, "releasedAt")),
				text(release, "changeNote"), map(release.path("sessions"), EventFileParser::session),
				map(release.path("breaks"), EventFileParser::fileBreak));
	}

	private static FileSession session(JsonNode session) {
		String part = text(session, "part");
		return new FileSession(text(session, "microconference"), text(session, "room"),
				LocalDate.parse(text(session, "date")), text(session, "block"),
				part == null ? BlockPart.WHOLE : BlockPart.valueOf(part), uuid(session, "guid"));
	}

	private static FileBreak fileBreak(JsonNode fileBreak) {
		return new FileBreak(text(fileBreak, "title"), LocalDate.parse(text(fileBreak, "date")),
				time(fileBreak, "start"), time(fileBreak, "end"), text(fileBreak, "room"), uuid(fileBreak, "guid"));
	}

	private static NewTimeBlock timeBlock(JsonNode block) {
		return new NewTimeBlock(text(block, "label"), LocalDate.parse(text(block, "date")), time(block, "start"),
				time(block, "end"), time(block, "breakStart"), time(block, "breakEnd"));
	}

	private static NewSponsor sponsor(JsonNode sponsor) {
		JsonNode logo = sponsor.get("logo");
		return new NewSponsor(text(sponsor, "name"), text(sponsor, "tier"), text(sponsor, "url"), logo == null ? null
				: new SponsorLogo(text(logo, "contentType"), Base64.getDecoder().decode(text(logo, "base64"))));
	}

	private static FileMicroconference microconference(JsonNode mc) {
		String description = text(mc, "description");
		String leadsCaption = text(mc, "leadsCaption");
		return new FileMicroconference(uuid(mc, "guid"), text(mc, "slug"), text(mc, "title"),
				McStatus.valueOf(text(mc, "status")), description == null ? "" : description,
				map(mc.path("sections"), EventFileParser::section),
				map(mc.path("keyAttendees"),
						entry -> new ListedName(text(entry, "name"), text(entry, "role"), text(entry, "person"))),
				leadsCaption == null ? EventFileFormat.DEFAULT_LEADS_CAPTION : leadsCaption,
				map(mc.path("leads"), entry -> new ListedName(text(entry, "name"), null, text(entry, "person"))));
	}

	private static Section section(JsonNode section) {
		return new Section(SectionKind.valueOf(text(section, "kind")), text(section, "caption"),
				map(section.path("entries"), EventFileParser::entry));
	}

	private static SectionEntry entry(JsonNode entry) {
		if (entry.has("paragraph")) {
			return SectionEntry.paragraph(text(entry, "paragraph"));
		}
		if (entry.has("reference")) {
			return SectionEntry.reference(entry.get("reference").intValue(), text(entry, "text"));
		}
		return SectionEntry.item(text(entry, "item"), strings(entry.path("subitems")));
	}

	private static <T> List<T> map(JsonNode array, Function<JsonNode, T> reader) {
		List<T> result = new ArrayList<>();
		array.values().forEach(element -> result.add(reader.apply(element)));
		return List.copyOf(result);
	}

	private static List<String> strings(JsonNode array) {
		return map(array, JsonNode::stringValue);
	}

	private static String text(JsonNode object, String property) {
		JsonNode value = object.get(property);
		return value == null || value.isNull() ? null : value.stringValue();
	}

	private static LocalTime time(JsonNode object, String property) {
		String text = text(object, property);
		return text == null ? null : LocalTime.parse(text);
	}

	private static UUID uuid(JsonNode object, String property) {
		String text = text(object, property);
		return text == null ? null : UUID.fromString(text);
	}

}
