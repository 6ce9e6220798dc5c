package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.SponsorLogo;
import org.plumbline.event.SponsorTier;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.TimetableSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import → export → import gives an equal event, and the second export is the same bytes
 * as the first.
 */
class EventFileRoundTripTest extends EventFileDatabaseTest {

	@BeforeEach
	void deleteAllEvents() {
		catalog.listEvents().forEach(event -> setup.delete(event.id()));
	}

	@Test
	void theDemoEventSurvivesExportAndReimportUnchanged() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		EventSnapshot imported = snapshot("lpc2023");
		byte[] firstExport = files.export("lpc2023");
		long persons = persons();

		files.importFile(firstExport, true);
		byte[] secondExport = files.export("lpc2023");

		assertThat(TestFiles.text(secondExport)).isEqualTo(TestFiles.text(firstExport));
		assertThat(secondExport).isEqualTo(firstExport);
		assertThat(snapshot("lpc2023")).isEqualTo(imported);
		assertThat(persons()).as("a re-import with GUIDs reuses the stored persons").isEqualTo(persons);
		assertThat(imported.microconferences()).hasSize(18);
	}

	@Test
	void theDemosReleasedTimetableComesOutAsTheFileWroteItWithAGuidPerSession() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		JsonNode exported = JsonMapper.shared().readTree(files.export("lpc2023")).at("/timetable/releases/0");

		JsonNode written = JsonMapper.shared().readTree(TestFiles.bytes(TestFiles.DEMO)).at("/timetable/releases/0");
		assertThat(exported.get("sessions").size()).isEqualTo(18);
		exported.get("sessions").values().forEach(session -> {
			assertThat(session.get("guid").isString()).isTrue();
			((ObjectNode) session).remove("guid");
		});
		assertThat(exported).isEqualTo(written);
	}

	@Test
	void aReleasedVersionKeepsItsNumberNoteInstantAndSessionGuidsThroughExportAndReimport() {
		ImportResult result = files.importFile(TestFiles.importer("timetabled-event.json"), false);
		Event event = catalog.findBySlug("timedconf").orElseThrow();
		ReleasedSchedule imported = schedule.latest(event).orElseThrow();
		byte[] firstExport = files.export("timedconf");

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
		assertThat(files.export("timedconf")).isEqualTo(firstExport);
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
	void anEventWithoutAReleasedTimetableExportsNone() {
		files.importFile(TestFiles.importer("small-event.json"), false);

		assertThat(JsonMapper.shared().readTree(files.export("testconf")).has("timetable")).isFalse();
	}

	@Test
	void theExportPinsEveryListedNameToAPersonByGuid() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);

		JsonNode export = JsonMapper.shared().readTree(files.export("lpc2023"));

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
		byte[] firstExport = files.export("richconf");

		files.importFile(firstExport, true);

		assertThat(snapshot("richconf")).isEqualTo(imported);
		assertThat(files.export("richconf")).isEqualTo(firstExport);
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

		String export = TestFiles.text(files.export("lpc2023"));

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

}
