package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.people.DuplicateReason;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableReleases;
import org.springframework.beans.factory.annotation.Autowired;

class EventFileImportTest extends EventFileDatabaseTest {

	@Autowired
	DraftEditor draftEditor;

	@Autowired
	TimetableReleases releases;

	/**
	 * Tests share one database per context; each starts without events (persons stay, so
	 * counts are deltas).
	 */
	@BeforeEach
	void deleteAllEvents() {
		catalog.listEvents().forEach(event -> setup.delete(event.id()));
	}

	@Test
	void importsEventRoomsBlocksTiersSponsorsAndMicroconferences() {
		ImportResult result = files.importFile(TestFiles.importer("small-event.json"), false);

		assertThat(result).isEqualTo(new ImportResult("testconf", 2, 2, 2, 3, 0, null, 0, 0));
		Event event = catalog.findBySlug("testconf").orElseThrow();
		assertThat(event.timeZone().getId()).isEqualTo("Europe/Berlin");
		assertThat(catalog.rooms(event.id())).extracting(room -> room.name() + "/" + room.capacity())
			.containsExactly("Room A/100", "Room B/50");
		assertThat(catalog.timeBlocks(event.id()).getFirst().startsAt()).hasToString("2024-03-04T09:00:00Z");
		assertThat(catalog.sponsorTiers(event.id())).extracting(tier -> tier.name() + ":" + tier.sponsors().size())
			.containsExactly("Gold:1", "Silver:0");
		assertThat(microconferences.forEvent(event.id())).extracting(Microconference::slug)
			.containsExactly("iommu", "tracing");
	}

	@Test
	void refusesAnExistingSlugWithoutReplaceAndLeavesEveryTableAsItWas() {
		files.importFile(TestFiles.importer("small-event.json"), false);
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(TestFiles.importer("small-event.json"), false));

		assertThat(refused.problems()).containsExactly(new EventFileProblem("/event/slug", 5, 13,
				"event \"testconf\" exists; import with --replace to overwrite it"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void replaceOverwritesTheEventWithTheSameSlug() {
		files.importFile(TestFiles.importer("small-event.json"), false);
		String renamed = TestFiles.text(TestFiles.importer("small-event.json"))
			.replace("\"Test Conference\"", "\"Test Conference, again\"")
			.replace("\"Room B\", \"capacity\": 50", "\"Room C\", \"capacity\": 70");

		ImportResult result = files.importFile(renamed.getBytes(StandardCharsets.UTF_8), true);

		assertThat(result.slug()).isEqualTo("testconf");
		assertThat(catalog.listEvents()).extracting(Event::name).containsExactly("Test Conference, again");
		Event event = catalog.findBySlug("testconf").orElseThrow();
		assertThat(catalog.rooms(event.id())).extracting(room -> room.name()).containsExactly("Room A", "Room C");
		assertThat(microconferences.forEvent(event.id())).hasSize(2);
	}

	@Test
	void replacingAnEventDeletesItsReleasedVersionsAndItsDraftWithTheirTalks() {
		files.importFile(TestFiles.importer("timetabled-event.json"), false);
		Event first = catalog.findBySlug("timedconf").orElseThrow();
		long iommu = microconferences.find(first.id(), "iommu").orElseThrow().id();
		long session = drafts.draft(first.id())
			.sessions()
			.stream()
			.filter(placed -> placed.microconferenceId() == iommu)
			.findFirst()
			.orElseThrow()
			.id();
		draftEditor.placeTalkAs("test", first, session, confirmedTopic(first, iommu, "Released talk"),
				Instant.parse("2024-03-05T14:00:00Z"));
		releases.release(first, null, "test", "A talk");
		draftEditor.placeTalkAs("test", first, session, confirmedTopic(first, iommu, "Drafted talk"),
				Instant.parse("2024-03-05T14:30:00Z"));
		assertThat(releases.releases(first)).extracting(Timetable::number).containsExactly(4, 3);
		assertThat(talksOf(first)).as("one talk in release 4, two in the draft").isEqualTo(3);

		ImportResult result = files.importFile(TestFiles.importer("timetabled-event.json"), true);

		Event again = catalog.findBySlug("timedconf").orElseThrow();
		assertThat(result.timetableVersion()).isEqualTo(3);
		assertThat(again.id()).isNotEqualTo(first.id());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM timetable WHERE event_id = ?")
			.param(first.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(releases.releases(again)).extracting(Timetable::number).containsExactly(3);
		assertThat(talksOf(again)).isZero();
	}

	@Test
	void replacingAnEventWithTheSameHandWrittenFileKeepsItsPeopleAndTheirGuids() {
		files.importFile(TestFiles.importer("small-event.json"), false);
		long personsBefore = persons();
		Event first = catalog.findBySlug("testconf").orElseThrow();
		long firstLead = microconferences.forEvent(first.id()).getFirst().leads().getFirst().personId();

		files.importFile(TestFiles.importer("small-event.json"), true);
		files.importFile(TestFiles.importer("small-event.json"), true);

		assertThat(persons()).isEqualTo(personsBefore);
		Event again = catalog.findBySlug("testconf").orElseThrow();
		assertThat(microconferences.forEvent(again.id()).getFirst().leads().getFirst().personId()).isEqualTo(firstLead);
	}

	@Test
	void joinsSpellingsOfOnePersonByIdentityKeyAndKeepsEachAsWritten() {
		files.importFile(TestFiles.importer("small-event.json"), false);
		long eventId = catalog.findBySlug("testconf").orElseThrow().id();

		Microconference.NamedPerson lead = microconferences.find(eventId, "iommu").orElseThrow().leads().getFirst();
		Microconference.KeyAttendee attendee = microconferences.find(eventId, "tracing")
			.orElseThrow()
			.keyAttendees()
			.getFirst();

		assertThat(lead.nameAsWritten()).isEqualTo("Joerg Roedel");
		assertThat(attendee.nameAsWritten()).isEqualTo("Jörg Rödel");
		assertThat(attendee.role()).isEqualTo("IOMMU");
		assertThat(attendee.personId()).isEqualTo(lead.personId());
		assertThat(directory.findAll(List.of(lead.personId())).get(lead.personId()).displayName())
			.as("a tie between spellings goes to the first seen")
			.isEqualTo("Joerg Roedel");
		assertThat(nameVariants(lead.personId())).containsExactlyInAnyOrder("Joerg Roedel", "Jörg Rödel");
	}

	@Test
	void keepsATypoOfANameAsASecondPerson() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		long eventId = catalog.findBySlug("lpc2023").orElseThrow().id();

		Microconference tracing = microconferences.find(eventId, "tracing").orElseThrow();
		long masami = tracing.leads()
			.stream()
			.filter(l -> l.nameAsWritten().equals("Masami Hiramatsu"))
			.findFirst()
			.orElseThrow()
			.personId();
		long typo = tracing.keyAttendees()
			.stream()
			.filter(k -> k.nameAsWritten().equals("Masami Hiramtsu"))
			.findFirst()
			.orElseThrow()
			.personId();

		assertThat(typo).isNotEqualTo(masami);
	}

	@Test
	void theDemoImportSuggestsItsOneTypoOfANameAsADuplicate() {
		files.importFile(TestFiles.bytes(TestFiles.DEMO), false);
		long eventId = catalog.findBySlug("lpc2023").orElseThrow().id();
		Set<Long> demoPersons = microconferences.forEvent(eventId)
			.stream()
			.flatMap(mc -> Stream.concat(mc.leads().stream().map(Microconference.NamedPerson::personId),
					mc.keyAttendees().stream().map(Microconference.KeyAttendee::personId)))
			.collect(Collectors.toSet());

		// earlier tests leave persons behind, which the demo's persons may match too
		assertThat(duplicates.openSuggestionsInvolving(demoPersons))
			.filteredOn(suggestion -> demoPersons.contains(suggestion.first().id())
					&& demoPersons.contains(suggestion.second().id()))
			.extracting(suggestion -> suggestion.first().displayName() + " / " + suggestion.second().displayName() + " "
					+ suggestion.reason())
			.containsExactly("Masami Hiramatsu / Masami Hiramtsu CLOSE_KEY");
	}

	@Test
	void anImportedPersonIsSuggestedAsADuplicateOfANamesakeStoredBefore() {
		PersonSummary signedUp = directory.create("Jörg Rödel", List.of("Jörg Rödel"), null);

		files.importFile(TestFiles.importer("small-event.json"), false);

		long eventId = catalog.findBySlug("testconf").orElseThrow().id();
		long imported = microconferences.find(eventId, "iommu").orElseThrow().leads().getFirst().personId();
		assertThat(duplicates.openSuggestionsInvolving(List.of(signedUp.id()))).singleElement()
			.satisfies(suggestion -> {
				assertThat(suggestion.reason()).isEqualTo(DuplicateReason.SAME_KEY);
				assertThat(List.of(suggestion.first().id(), suggestion.second().id())).containsExactly(signedUp.id(),
						imported);
			});
	}

	@Test
	void aPersonPinKeepsTwoNamesakesApart() {
		files.importFile(TestFiles.importer("namesakes.json"), false);
		long eventId = catalog.findBySlug("namesakes").orElseThrow().id();

		long cxlDan = microconferences.find(eventId, "cxl").orElseThrow().leads().getFirst().personId();
		long otherDan = microconferences.find(eventId, "other").orElseThrow().keyAttendees().getFirst().personId();

		assertThat(cxlDan).isNotEqualTo(otherDan);
		assertThat(directory.findAll(List.of(otherDan)).get(otherDan).guid())
			.isEqualTo(UUID.fromString("6f1c1d2e-5b8a-4c3f-9e21-000000000001"));
	}

	@Test
	void aPeopleEntryWithAStoredGuidIsThatPerson() {
		if (directory.findByGuid(UUID.fromString("6f1c1d2e-5b8a-4c3f-9e21-000000000001")).isEmpty()) {
			files.importFile(TestFiles.importer("namesakes.json"), false);
		}
		long storedDan = directory.findByGuid(UUID.fromString("6f1c1d2e-5b8a-4c3f-9e21-000000000001"))
			.orElseThrow()
			.id();
		long personsBefore = persons();

		ImportResult result = files.importFile(TestFiles.importer("reunion.json"), false);

		long eventId = catalog.findBySlug("reunion").orElseThrow().id();
		Microconference.NamedPerson lead = microconferences.find(eventId, "again").orElseThrow().leads().getFirst();
		assertThat(lead.personId()).isEqualTo(storedDan);
		assertThat(lead.nameAsWritten()).isEqualTo("D. Williams");
		assertThat(result.people()).isEqualTo(1);
		assertThat(persons()).isEqualTo(personsBefore);
		assertThat(jdbc.sql("SELECT name FROM person_name_variant WHERE person_id = ?")
			.param(storedDan)
			.query(String.class)
			.list()).as("the new spelling is remembered").contains("D. Williams");
	}

	@Test
	void rollsBackEverythingWhenTheDatabaseRefusesTheSecondMicroconference() {
		files.importFile(TestFiles.importer("rollback-first.json"), false);
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> files.importFile(TestFiles.importer("rollback-second.json"), false));

		assertThat(refused.problems()).containsExactly(new EventFileProblem("/microconferences/1/guid", 24, 15,
				"guid 0b7e3a52-93f1-4d0e-a9f5-00000000000a is already used by a microconference of another event"));
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		assertThat(catalog.findBySlug("secondconf")).isEmpty();
	}

	private long confirmedTopic(Event event, long microconferenceId, String title) {
		String key = UUID.randomUUID().toString();
		Instant submitted = Instant.parse("2024-02-01T09:00:00Z");
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
				                   submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'CONFIRMED', ?, 'About it.', 30, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), event.id(), microconferenceId, title, key, utc(submitted), utc(submitted),
					utc(submitted))
			.update();
		return jdbc.sql("SELECT id FROM topic WHERE submission_key = ?").param(key).query(Long.class).single();
	}

	private long talksOf(Event event) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM timetable_talk talk JOIN timetable version ON version.id = talk.timetable_id
				WHERE version.event_id = ?""").param(event.id()).query(Long.class).single();
	}

	private List<String> nameVariants(long personId) {
		return jdbc.sql("SELECT name FROM person_name_variant WHERE person_id = ?")
			.param(personId)
			.query(String.class)
			.list();
	}

}
