package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.SponsorLogo;
import org.plumbline.event.SponsorTier;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.registration.TicketCode;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeFiles;
import org.plumbline.registration.WhoMayBuy;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.TimetableSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import → export → import gives an equal event, and the second export is the same bytes
 * as the first.
 */
class EventFileRoundTripTest extends EventFileDatabaseTest {

	@Autowired
	TicketTypeFiles ticketTypes;

	@BeforeEach
	void deleteAllEvents() {
		catalog.listEvents().forEach(event -> setup.delete(event.id()));
	}

	@Test
	void theDemoEventSurvivesExportAndReimportUnchanged() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		EventSnapshot imported = snapshot("lpc2023");
		byte[] firstExport = files.export("lpc2023").json();
		long persons = persons();

		files.importFile(firstExport, true);
		byte[] secondExport = files.export("lpc2023").json();

		assertThat(TestFiles.text(secondExport)).isEqualTo(TestFiles.text(firstExport));
		assertThat(secondExport).isEqualTo(firstExport);
		assertThat(snapshot("lpc2023")).isEqualTo(imported);
		assertThat(persons()).as("a re-import with GUIDs reuses the stored persons").isEqualTo(persons);
		assertThat(imported.microconferences()).hasSize(18);
	}

	@Test
	void theDemosReleasedTimetableComesOutAsTheFileWroteItWithAGuidPerSession() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		JsonNode exported = JsonMapper.shared().readTree(files.export("lpc2023").json()).at("/timetable/releases/0");

		JsonNode written = JsonMapper.shared().readTree(TestFiles.bytes(TestFiles.DEMO)).at("/timetable/releases/0");
		assertThat(exported.has("scheduler")).as("how the scheduler made it is a note the import does not keep")
			.isFalse();
		((ObjectNode) written).remove("scheduler");
		assertThat(exported.get("sessions").size()).isEqualTo(18);
		exported.get("sessions").values().forEach(session -> {
			assertThat(session.get("guid").isString()).isTrue();
			((ObjectNode) session).remove("guid");
		});
		assertThat(exported.get("changes").valueStream().map(change -> change.get("kind").stringValue()))
			.as("the changelog stored at import: every session added")
			.hasSize(18)
			.containsOnly("ADDED");
		assertThat(withoutExportNumbersAndChanges(exported)).isEqualTo(written);
	}

	@Test
	void aReleasedVersionKeepsItsNumberNoteInstantAndSessionGuidsThroughExportAndReimport() {
		ImportResult result = files.importFile(TestFiles.importer("timetabled-event.json"), false);
		Event event = catalog.findBySlug("timedconf").orElseThrow();
		ReleasedSchedule imported = schedule.latest(event).orElseThrow();
		byte[] firstExport = files.export("timedconf").json();

		files.importFile(firstExport, true);

		assertThat(result.timetableVersion()).isEqualTo(3);
		assertThat(imported.number()).isEqualTo(3);
		assertThat(imported.releasedAt()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
		assertThat(imported.changeNote()).isEqualTo("Tracing moved to the morning");
		assertThat(imported.sessions()).extracting(ScheduledSession::trackSlug, session -> session.room().name())
			.containsExactly(tuple("tracing", "Room B"), tuple("iommu", "Room A"));
		assertThat(imported.sessions().getFirst().guid())
			.isEqualTo(UUID.fromString("5d0c6f3e-2a41-4b7e-9c1d-00000000000b"));
		Event again = catalog.findBySlug("timedconf").orElseThrow();
		assertThat(schedule.latest(again).orElseThrow()).usingRecursiveComparison()
			.ignoringFields("event", "rooms", "sessions.room", "sessions.leads")
			.isEqualTo(imported);
		assertThat(files.export("timedconf").json()).isEqualTo(firstExport);
	}

	@Test
	void halfBlockSessionsAndBreaksSurviveExportAndReimportWithTheirRoomsTimesAndGuids() {
		byte[] file = TestFiles.importer("half-blocks-and-breaks.json");
		ImportResult result = files.importFile(file, false);
		List<Tuple> imported = releasedSessions("halfconf");
		ExportedEventFile firstExport = files.export("halfconf");

		files.importFile(firstExport.json(), true);

		assertThat(result.summary()).endsWith("timetable version 2 with 3 sessions and 2 breaks");
		assertThat(imported).containsExactly(
				tuple(guid(101), SessionKind.MICROCONFERENCE, "IOMMU", "Room A", berlin("2024-03-04T10:00"),
						berlin("2024-03-04T11:30")),
				tuple(guid(201), SessionKind.BREAK, "Coffee", null, berlin("2024-03-04T11:30"),
						berlin("2024-03-04T12:00")),
				tuple(guid(102), SessionKind.MICROCONFERENCE, "Tracing", "Room A", berlin("2024-03-04T12:00"),
						berlin("2024-03-04T13:30")),
				tuple(guid(202), SessionKind.BREAK, "Lunch in the small room", "Room B", berlin("2024-03-04T13:30"),
						berlin("2024-03-04T15:00")),
				tuple(guid(103), SessionKind.MICROCONFERENCE, "IOMMU", "Room A", berlin("2024-03-05T15:00"),
						berlin("2024-03-05T18:30")));
		assertThat(releasedSessions("halfconf")).isEqualTo(imported);
		JsonNode timetable = JsonMapper.shared().readTree(firstExport.json()).get("timetable");
		assertThat(timetable.at("/releases/0/breaks/1/exportNumber").intValue()).isEqualTo(5);
		assertThat(withoutExportNumbersAndChanges(timetable.at("/releases/0")))
			.as("parts and breaks are written as the file wrote them")
			.isEqualTo(JsonMapper.shared().readTree(file).at("/timetable/releases/0"));
		assertThat(timetable.at("/draft/version").intValue()).as("a draft made from the release, at its first version")
			.isOne();
		assertThat(((ObjectNode) timetable.get("draft")).without("version"))
			.as("the draft, which the import made equal to the release")
			.isEqualTo(((ObjectNode) JsonMapper.shared().readTree(firstExport.json()).at("/timetable/releases/0"))
				.without("changes")
				.without("number")
				.without("releasedAt")
				.without("changeNote"));
		assertThat(firstExport.leftOut()).isEqualTo(LeftOut.NOTHING);
		assertThat(files.export("halfconf").json()).isEqualTo(firstExport.json());
	}

	@Test
	void theImportedReleaseIsAlsoTheDraftSoOrganisersEditOnFromIt() {
		files.importFile(TestFiles.importer("timetabled-event.json"), false);
		Event event = catalog.findBySlug("timedconf").orElseThrow();

		List<TimetableSession> draft = drafts.draft(event.id()).sessions();

		assertThat(draft).extracting(TimetableSession::guid, TimetableSession::startsAt, TimetableSession::endsAt)
			.containsExactlyElementsOf(schedule.latest(event)
				.orElseThrow()
				.sessions()
				.stream()
				.map(session -> tuple(session.guid(), session.startsAt(), session.endsAt()))
				.toList());
	}

	@Test
	void ticketTypesComeBackWithTheirPricesPlacesLocalSaleWindowsAndCodesThroughExportAndReimport() {
		byte[] file = TestFiles.importer("ticket-types.json");
		ImportResult result = files.importFile(file, false);
		List<TicketType> imported = ticketTypes.forEventFile(catalog.findBySlug("testconf").orElseThrow().id());
		byte[] firstExport = files.export("testconf").json();

		files.importFile(firstExport, true);

		assertThat(result.ticketTypes()).isEqualTo(3);
		assertThat(imported)
			.extracting(TicketType::name, TicketType::priceShown, TicketType::capacity, TicketType::saleOpensAt,
					TicketType::whoMayBuy, type -> type.codes().stream().map(TicketCode::code).toList())
			.containsExactly(
					tuple("In person", "250.00 EUR", 300, berlin("2024-01-08T10:00"), WhoMayBuy.ANYONE, List.of()),
					tuple("Speaker", "Free", 40, berlin("2024-01-08T10:00"), WhoMayBuy.CODE_HOLDERS,
							List.of("SPEAK-A", "SPEAK_B")),
					tuple("Virtual", "20.00 EUR", 1000, berlin("2024-02-01T09:30"), WhoMayBuy.ANYONE, List.of()));
		assertThat(JsonMapper.shared().readTree(firstExport).get("ticketTypes"))
			.as("written back as the file wrote them, in the event's zone")
			.isEqualTo(JsonMapper.shared().readTree(file).get("ticketTypes"));
		assertThat(ticketTypes.forEventFile(catalog.findBySlug("testconf").orElseThrow().id()))
			.usingRecursiveComparison()
			.ignoringFields("id", "eventId", "codes.id")
			.isEqualTo(imported);
		assertThat(files.export("testconf").json()).isEqualTo(firstExport);
	}

	@Test
	void theDemosTicketTypesComeOutAsTheFileWroteThem() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		JsonNode exported = JsonMapper.shared().readTree(files.export("lpc2023").json()).get("ticketTypes");

		assertThat(exported)
			.isEqualTo(JsonMapper.shared().readTree(TestFiles.bytes(TestFiles.DEMO)).get("ticketTypes"));
	}

	@Test
	void aFileWrittenLooselyIsExportedInOneWay() {
		byte[] loose = TestFiles.text(TestFiles.importer("ticket-types.json"))
			.replace("\"price\": \"250.00\", \"currency\": \"EUR\"", "\"price\": \"250\", \"currency\": \"eur\"")
			.replace("\"SPEAK-A\"", "\"speak-a\"")
			.replace(", \"whoMayBuy\": \"ANYONE\" }", " }")
			.getBytes(StandardCharsets.UTF_8);

		files.importFile(loose, false);

		assertThat(JsonMapper.shared().readTree(files.export("testconf").json()).get("ticketTypes"))
			.as("amounts with the currency's digits, codes in capitals, who may buy always named")
			.isEqualTo(JsonMapper.shared().readTree(TestFiles.importer("ticket-types.json")).get("ticketTypes"));
	}

	@Test
	void anEventWithoutAReleasedTimetableExportsNone() {
		files.importFile(TestFiles.importer("small-event.json"), false);

		assertThat(JsonMapper.shared().readTree(files.export("testconf").json()).has("timetable")).isFalse();
	}

	@Test
	void theExportPinsEveryListedNameToAPersonByGuid() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		JsonNode export = JsonMapper.shared().readTree(files.export("lpc2023").json());

		JsonNode people = export.get("people");
		assertThat(people.size()).isEqualTo(distinctPersonsListedIn("lpc2023"));
		people.values().forEach(person -> assertThat(person.get("id")).isEqualTo(person.get("guid")));
		JsonNode vfio = export.at("/microconferences/17");
		assertThat(vfio.at("/slug").stringValue()).isEqualTo("vfio-iommu-pci");
		String joergAsLead = vfio.at("/leads/2/person").stringValue();
		assertThat(vfio.at("/leads/2/name").stringValue()).isEqualTo("Joerg Roedel");
		assertThat(vfio.get("keyAttendees")
			.valueStream()
			.filter(attendee -> attendee.get("name").stringValue().equals("Jörg Rödel"))
			.map(attendee -> attendee.get("person").stringValue())).containsExactly(joergAsLead);
		assertThat(export.at("/rooms/0/guid").isString()).isTrue();
		assertThat(export.at("/microconferences/0/guid").isString()).isTrue();
	}

	@Test
	void sponsorsLogosSectionsAndLocalTimesSurviveTheRoundTrip() {
		files.importFile(TestFiles.importer("rich-event.json"), false);
		EventSnapshot imported = snapshot("richconf");
		byte[] firstExport = files.export("richconf").json();

		files.importFile(firstExport, true);

		assertThat(snapshot("richconf")).isEqualTo(imported);
		assertThat(files.export("richconf").json()).isEqualTo(firstExport);
		JsonNode export = JsonMapper.shared().readTree(firstExport);
		JsonNode original = JsonMapper.shared().readTree(TestFiles.importer("rich-event.json"));
		assertThat(export.at("/timeBlocks/1")).as("blocks come back in local time, ordered by start")
			.isEqualTo(original.at("/timeBlocks/0"));
		assertThat(export.at("/microconferences/0/sections")).isEqualTo(withEmptyEntries(original));
		assertThat(export.at("/sponsors/1/logo")).isEqualTo(original.at("/sponsors/0/logo"));
		assertThat(export.at("/sponsorTiers").size()).as("the default tiers").isEqualTo(8);
		long eventId = catalog.findBySlug("richconf").orElseThrow().id();
		SponsorTier platinum = catalog.sponsorTiers(eventId).get(1);
		SponsorLogo logo = catalog.sponsorLogo(eventId, platinum.sponsors().getFirst().id()).orElseThrow();
		assertThat(logo.contentType()).isEqualTo("image/png");
		assertThat(logo.bytes()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void exportIsPrettyPrintedUtf8LikeTheHandWrittenFiles() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		String export = TestFiles.text(files.export("lpc2023").json());

		assertThat(export)
			.startsWith("{\n  \"format\": \"plumbline-event\",\n  \"formatVersion\": 1,\n  \"event\": {\n")
			.contains("\"name\": \"Jörg Rödel\"")
			.endsWith("}\n");
	}

	@Test
	void exportOfAnUnknownSlugIsAClearError() {
		assertThatThrownBy(() -> files.export("nosuchevent")).isInstanceOf(UnknownEventException.class)
			.hasMessage("there is no event \"nosuchevent\"");
	}

	/** The latest released version's sessions and breaks, each as what it is and when. */
	private List<Tuple> releasedSessions(String slug) {
		return schedule.latest(catalog.findBySlug(slug).orElseThrow())
			.orElseThrow()
			.sessions()
			.stream()
			.map(session -> tuple(session.guid(), session.kind(), session.title(),
					session.room() == null ? null : session.room().name(), session.startsAt(), session.endsAt()))
			.toList();
	}

	private static UUID guid(int last) {
		return UUID.fromString("5d0c6f3e-2a41-4b7e-9c1d-000000000" + last);
	}

	private static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
	}

	private EventSnapshot snapshot(String slug) {
		return EventSnapshot.of(slug, catalog, microconferences, directory);
	}

	/**
	 * The export writes an empty {@code entries} list where the hand-written file left it
	 * out.
	 */
	private static JsonNode withEmptyEntries(JsonNode original) {
		JsonNode sections = original.at("/microconferences/0/sections").deepCopy();
		sections.values().forEach(section -> {
			if (!section.has("entries")) {
				((ObjectNode) section).putArray("entries");
			}
		});
		return sections;
	}

	private int distinctPersonsListedIn(String slug) {
		long eventId = catalog.findBySlug(slug).orElseThrow().id();
		List<Long> ids = microconferences.forEvent(eventId)
			.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(l -> l.personId()),
					mc.keyAttendees().stream().map(k -> k.personId())))
			.distinct()
			.toList();
		return ids.size();
	}

	/**
	 * A released version as an export writes it, without what a hand-written file leaves
	 * to the import: export numbers and the changelog.
	 */
	private static ObjectNode withoutExportNumbersAndChanges(JsonNode release) {
		ObjectNode copy = (ObjectNode) release.deepCopy();
		copy.remove("changes");
		for (String list : List.of("sessions", "breaks")) {
			copy.path(list).values().forEach(entry -> ((ObjectNode) entry).remove("exportNumber"));
		}
		return copy;
	}

}
