package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.Room;
import org.plumbline.material.Recordings;
import org.plumbline.people.PersonSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports of other systems' schedule files (issue 14, point 5): the c3voc examples with
 * the outcomes the issue demands, Indico's documented samples, speakers matched to stored
 * persons by identity key, and files that cannot be read writing nothing.
 */
class ScheduleImportTest extends EventFileDatabaseTest {

	static final String EXAMPLES = "schedule-formats/examples/";

	private static final Pattern UUID_FORM = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Autowired
	ScheduleImports imports;

	@Autowired
	Recordings recordings;

	@BeforeEach
	void deleteAllEvents() {
		catalog.listEvents().forEach(event -> setup.delete(event.id()));
	}

	@Test
	void thePretalxExportImportsCleanlyWithEveryTalkPlacedAndItsSpeakersDoubleBookingHoldingBackTheRelease() {
		ScheduleImportReport report = importExample("pretalx-democon.json", "democon");

		assertThat(report.warnings()).isEmpty();
		assertThat(report.skipped()).isEmpty();
		assertThat(report.format()).isEqualTo("c3voc schedule JSON");
		assertThat(List.of(report.days(), report.rooms(), report.tracks(), report.talks(), report.newPersons(),
				report.matchedPersons(), report.links(), report.placed()))
			.containsExactly(3, 2, 2, 36, 27, 0, 0, 36);
		// The file has Stephanie Hudson speak in two rooms at 09:30 on Dec 16: a hard
		// conflict, which refuses a release, not the import.
		assertThat(report.releasedVersion()).isNull();
		assertThat(report.notReleasedBecause()).contains("Stephanie Hudson")
			.contains("Inverse motivating array")
			.contains("Re-engineered bandwidth-monitored focus group");
		Event event = catalog.findBySlug("democon").orElseThrow();
		assertThat(event.name()).isEqualTo("DemoCon");
		assertThat(event.timeZone()).isEqualTo(ZoneId.of("UTC"));
		assertThat(catalog.rooms(event.id())).extracting(Room::name).containsExactly("Gray Room", "Tan Room");
		assertThat(topic("8079583e-8321-506c-95af-fd2903a5f075")).containsEntry("state", "CONFIRMED")
			.containsEntry("title", "Focused 5thgeneration hardware")
			.containsEntry("duration_minutes", 30)
			.containsEntry("speaker", "Brian Robinson");
		assertThat(draftTalks(event)).isEqualTo(36);
		assertThat(jdbc
			.sql("SELECT action FROM audit_entry WHERE event_id = ? AND action IN ('talk-placed', 'talks-placed')")
			.param(event.id())
			.query(String.class)
			.list()).as("the 36 talks placed in one change of the draft, its conflicts worked out once")
			.containsExactly("talks-placed");
	}

	@Test
	void the31c3XmlWarnsOfItsMissingTimeZoneAndEachGuidThatIsNoUuidAndLeavesOutWhatCannotBePlaced() {
		ScheduleImportReport report = importExample("31c3-schedule.xml", "congress31");

		assertThat(report.format()).isEqualTo("frab schedule XML");
		assertThat(List.of(report.days(), report.rooms(), report.tracks(), report.talks(), report.placed()))
			.containsExactly(5, 4, 8, 138, 127);
		assertThat(report.warnings()).map(EventFileProblem::toString)
			.contains("/schedule[1]/conference[1] (line 4, column 13): the file names no time zone "
					+ "(<time_zone_name>); the event's zone is +01:00, the offset of its first talk");
		List<String> expected = new ArrayList<>();
		String[] lines = TestFiles.text(TestFiles.bytes(EXAMPLES + "31c3-schedule.xml")).split("\n");
		Pattern guid = Pattern.compile("<event guid='([^']*)'");
		for (int i = 0; i < lines.length; i++) {
			Matcher matcher = guid.matcher(lines[i]);
			if (matcher.find() && !UUID_FORM.matcher(matcher.group(1)).matches()) {
				expected.add("line " + (i + 1) + ", column " + (lines[i].length() + 1)
						+ "): breaks the schedule XSD: The " + "value '" + matcher.group(1)
						+ "' of attribute 'guid' on element 'event' is not valid with "
						+ "respect to its type, 'uuid'.");
			}
		}
		assertThat(expected).hasSize(112);
		assertThat(report.warnings()).hasSize(1 + expected.size());
		assertThat(report.warnings()).map(EventFileProblem::toString)
			.filteredOn(warning -> warning.contains("breaks the schedule XSD"))
			.allSatisfy(
					warning -> assertThat(warning).matches("/schedule\\[1]/day\\[\\d]/room\\[\\d]/event\\[\\d+] .*"))
			.map(warning -> warning.substring(warning.indexOf("(line ") + 1))
			.containsExactlyElementsOf(expected);
		assertThat(report.skipped()).map(EventFileProblem::toString)
			.contains("/schedule[1]/day[1]/room[1]/event[10] (line 264, column 48): talk \"Crypto Tales from the "
					+ "Trenches\" not placed in the timetable: it ends at midnight (23:00–24:00), and a time block "
					+ "ends before midnight on the day it starts")
			.contains("/schedule[1]/day[2]/room[4]/event[6] (line 2482, column 62): link www.mr-beam.org of talk "
					+ "\"Mr Beam goes Kickstarter\" left out: Give the whole address, starting with https:// or "
					+ "http://.")
			.hasSize(11 + 5);
		assertThat(report.notReleasedBecause()).contains("Fefe: Fnord News Show (Saal 1) and Fnord News Show");
		Event event = catalog.findBySlug("congress31").orElseThrow();
		assertThat(event.name()).isEqualTo("31. Chaos Communication Congress");
		assertThat(catalog.rooms(event.id())).extracting(Room::name)
			.containsExactly("Saal 1", "Saal 2", "Saal G", "Saal 6");
		assertThat(topic("29aecfd7-2e44-4f49-ab86-29b5e0877325")).containsEntry("title", "31C3 Opening Event")
			.containsEntry("speaker", "erdgeist");
	}

	@Test
	void theFrabJsonWarnsOfEachSlugAcronymAndAddressThatBreaksTheSchemaAndImportsTheRest() {
		ScheduleImportReport report = importExample("frab-camp2019.json", "camp2019");

		assertThat(List.of(report.days(), report.rooms(), report.tracks(), report.talks(), report.links(),
				report.placed(), report.releasedVersion()))
			.containsExactly(6, 2, 7, 79, 63, 78, 1);
		assertThat(report.warnings()).first()
			.hasToString("/schedule/conference/acronym (line 7, column 18): does not fit the rule for this field: "
					+ "does not match the regex pattern ^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$");
		List<String> pointers = report.warnings().stream().map(EventFileProblem::pointer).toList();
		assertThat(pointers).filteredOn(pointer -> pointer.endsWith("/slug")).hasSize(79);
		assertThat(pointers).filteredOn(pointer -> pointer.endsWith("/url"))
			.hasSize(13)
			.contains("/schedule/conference/days/0/rooms/Curie/2/attachments/0/url",
					"/schedule/conference/days/4/rooms/Curie/0/links/0/url");
		assertThat(report.warnings()).hasSize(1 + 79 + 13);
		assertThat(report.skipped()).map(EventFileProblem::toString)
			.containsExactly(
					"/schedule/conference/days/1/rooms/Meitner/8 (line 970, column 15): talk \"Achtung, Datenpannen!\" "
							+ "not placed in the timetable: it runs past midnight (23:00–00:30), and a time block ends "
							+ "before midnight on the day it starts",
					"/schedule/conference/days/4/rooms/Curie/0 (line 1999, column 15): link nymtech.net of talk "
							+ "\"Fighting back against Libra - Decentralizing Facebook Connect\" left out: Give the "
							+ "whole address, starting with https:// or http://.");
		// frab writes attachments as paths; they are kept under the schedule's base_url.
		assertThat(jdbc.sql("SELECT url FROM talk_material WHERE url LIKE '%/Hacking_Containers_and_Kubernetes.pdf%'")
			.query(String.class)
			.list())
			.containsExactly("https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/"
					+ "792/original/Hacking_Containers_and_Kubernetes.pdf?1566398735");
	}

	@Test
	void theInvalidExampleImportsWhatIsReadableAndListsEveryRuleItBreaks() {
		ScheduleImportReport report = importExample("invalid-example.json", "winterchaos");

		String talk = "/schedule/conference/days/0/rooms/Winterchaos/0";
		assertThat(report.warnings()).map(EventFileProblem::toString)
			.containsExactly(talk + "/id (line 23, column 25): must be an integer, not a string",
					talk + "/persons/0/id (line 43, column 29): must be an integer, not a string",
					talk + "/answers (line 52, column 30): unknown property \"answers\"; allowed here: guid, code, "
							+ "id, logo, date, start, end, duration, room, slug, url, title, subtitle, track, type, "
							+ "language, abstract, description, recording_license, do_not_record, do_not_stream, "
							+ "persons, links, feedback_url, origin_url, attachments",
					"/schedule/rooms (line 59, column 16): is not allowed here");
		assertThat(report.skipped()).isEmpty();
		assertThat(List.of(report.days(), report.rooms(), report.tracks(), report.talks(), report.newPersons(),
				report.placed(), report.releasedVersion()))
			.containsExactly(3, 1, 1, 1, 1, 1, 1);
		Event event = catalog.findBySlug("winterchaos").orElseThrow();
		assertThat(event.timeZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
		assertThat(catalog.rooms(event.id())).extracting(Room::name).containsExactly("Winterchaos");
		assertThat(topic("7a0fc001-e587-47e1-b378-b6ec7e666337"))
			.containsEntry("title", "Internal Penetration Testing Basics")
			.containsEntry("speaker", "Mänu")
			.containsEntry("duration_minutes", 45);
	}

	@Test
	void indicosEventExportWithoutContributionsBecomesAnEventWithItsDaysAndZone() {
		ScheduleImportReport report = importIndico("event-export.json", "indico_event");

		assertThat(report.format()).isEqualTo("Indico export API JSON");
		assertThat(report.warnings()).isEmpty();
		assertThat(report.skipped()).isEmpty();
		assertThat(List.of(report.days(), report.rooms(), report.talks())).containsExactly(2, 0, 0);
		assertThat(report.releasedVersion()).isNull();
		Event event = catalog.findBySlug("indico_event").orElseThrow();
		assertThat(event.name()).isEqualTo("Export Test");
		assertThat(event.timeZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
		assertThat(event.startDate()).hasToString("2011-06-23");
		assertThat(event.endDate()).hasToString("2011-06-24");
	}

	@Test
	void indicosContributionsAndSessionsBecomeTalksOfTheirSessionsTracksInTheEventsLocation() {
		for (String sample : List.of("event-export-contributions.json", "event-export-sessions.json")) {
			String slug = sample.contains("sessions") ? "indico_sessions" : "indico_contributions";
			ScheduleImportReport report = importIndico(sample, slug);

			assertThat(report.warnings()).as(sample).isEmpty();
			assertThat(report.skipped()).as(sample).isEmpty();
			assertThat(List.of(report.days(), report.rooms(), report.tracks(), report.talks(), report.placed(),
					report.releasedVersion()))
				.as(sample)
				.containsExactly(2, 1, 2, 4, 4, 1);
			Event event = catalog.findBySlug(slug).orElseThrow();
			assertThat(catalog.rooms(event.id())).extracting(Room::name).containsExactly("CERN");
			assertThat(jdbc.sql("""
					SELECT p.name FROM topic t JOIN plain_track p ON p.id = t.plain_track_id
					WHERE t.event_id = ? AND t.title = 'd2s1c1'""").param(event.id()).query(String.class).single())
				.as(sample)
				.isEqualTo("d2s1");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM topic WHERE event_id = ? AND state = 'CONFIRMED'")
				.param(event.id())
				.query(Long.class)
				.single()).isEqualTo(4);
		}
	}

	@Test
	void aSpeakerWhoseIdentityKeyOneStoredPersonHasIsThatPersonKeepingTheNameAsWritten() {
		// Names no other test stores: the database is shared with other test classes.
		PersonSummary stored = directory.create("Jörg Quarrington-Rödel", List.of("Jörg Quarrington-Rödel"), null);
		long personsBefore = persons();

		ScheduleImportReport report = imports.importSchedule("one.json",
				oneTalk("Joerg Quarrington-Roedel", "Ottoline Quarrington-Vey"), "matched", null);

		assertThat(report.matchedPersons()).isEqualTo(1);
		assertThat(report.matches()).as("the report names each match, for an admin to undo a false one")
			.containsExactly(
					new ScheduleImportReport.Match("Joerg Quarrington-Roedel", stored.id(), "Jörg Quarrington-Rödel"));
		assertThat(report.lines())
			.contains("matched: \"Joerg Quarrington-Roedel\" is the stored person \"Jörg Quarrington-Rödel\" (id "
					+ stored.id() + ")");
		assertThat(report.newPersons()).isEqualTo(1);
		assertThat(persons()).isEqualTo(personsBefore + 1);
		assertThat(jdbc.sql("""
				SELECT s.person_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.title = 'Matching' AND s.name_as_written = 'Joerg Quarrington-Roedel'""")
			.query(Long.class)
			.single()).isEqualTo(stored.id());
	}

	@Test
	void aSpeakerNamedLikeTwoStoredPersonsBecomesANewPersonSuggestedAsTheirDuplicate() {
		PersonSummary first = directory.create("Jo Smith", List.of("Jo Smith"), null);
		PersonSummary second = directory.create("Jo Smith", List.of("Jo Smith"), null);

		ScheduleImportReport report = imports.importSchedule("one.json", oneTalk("Jo Smith"), "namesakes", null);

		assertThat(report.matchedPersons()).isZero();
		assertThat(report.newPersons()).isEqualTo(1);
		assertThat(report.skipped()).singleElement()
			.extracting(EventFileProblem::message)
			.isEqualTo("speaker \"Jo Smith\" not matched: 2 stored persons have this name; a new person is made and "
					+ "suggested as a duplicate of each, for an organiser to merge");
		long created = jdbc.sql("""
				SELECT s.person_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.title = 'Matching'""").query(Long.class).single();
		assertThat(duplicates.openSuggestionsInvolving(List.of(created))).extracting(
				suggestion -> suggestion.first().id() == created ? suggestion.second().id() : suggestion.first().id())
			.contains(first.id(), second.id());
	}

	@Test
	void aTalksVideoBecomesItsSessionsRecordingAndItsOtherLinksItsMaterials() {
		String file = """
				{"schedule": {"version": "1", "conference": {"acronym": "rec", "title": "Recorded",
				  "start": "2025-05-05", "end": "2025-05-05", "time_zone_name": "Europe/Berlin",
				  "days": [{"index": 1, "date": "2025-05-05", "rooms": {"Hall": [
				    {"guid": "%s", "title": "Filmed", "date": "2025-05-05T10:00:00+02:00", "duration": "00:30",
				     "room": "Hall", "persons": [{"public_name": "Ada Lovelace"}],
				     "links": [{"url": "https://media.example.org/v/filmed", "title": "Video", "type": "video"},
				               {"url": "https://slides.example.org/filmed.pdf", "title": "Slides"},
				               {"url": "ftp://old.example.org/filmed", "title": "Mirror"}]}]}}]}}}
				""".formatted(UUID.randomUUID());

		ScheduleImportReport report = imports.importSchedule("recorded.json", file.getBytes(StandardCharsets.UTF_8),
				"recorded", null);

		assertThat(List.of(report.links(), report.recordings(), report.releasedVersion())).containsExactly(1, 1, 1);
		assertThat(report.skipped()).singleElement()
			.extracting(EventFileProblem::message)
			.isEqualTo("link ftp://old.example.org/filmed of talk \"Filmed\" left out: Only web addresses (https:// "
					+ "or http://) can be linked; this one starts with ftp:.");
		long eventId = catalog.findBySlug("recorded").orElseThrow().id();
		assertThat(jdbc.sql("SELECT url FROM session_recording WHERE event_id = ?")
			.param(eventId)
			.query(String.class)
			.list()).containsExactly("https://media.example.org/v/filmed");
		assertThat(jdbc.sql("""
				SELECT m.title FROM talk_material m JOIN topic t ON t.id = m.topic_id WHERE t.event_id = ?""")
			.param(eventId)
			.query(String.class)
			.list()).containsExactly("Slides");
		// The released timetable's session carries it, as the talk's page and exports
		// read.
		assertThat(recordings.index(catalog.findById(eventId).orElseThrow()).sessionUrls().values())
			.containsExactly("https://media.example.org/v/filmed");
	}

	@Test
	void frabXmlsRelativeAttachmentPathsAreMadeAbsoluteWithItsBaseUrlAsInJson() {
		String file = """
				<schedule><version>1</version>
				  <conference><acronym>rel</acronym><title>Relative</title><start>2025-05-05</start>
				    <end>2025-05-05</end><time_zone_name>Europe/Berlin</time_zone_name>
				    <base_url>https://frab.example.org/</base_url></conference>
				  <day index="1" date="2025-05-05"><room name="Hall">
				    <event guid="%s" id="1"><date>2025-05-05T10:00:00+02:00</date><start>10:00</start>
				      <duration>00:30</duration><room>Hall</room><title>Attached</title>
				      <persons><person id="1">Ada Lovelace</person></persons>
				      <attachments><attachment href="/system/attachments/1/slides.pdf">Slides</attachment></attachments>
				      <links><link href="/system/notes/1">Notes</link></links>
				    </event></room></day></schedule>
				""".formatted(UUID.randomUUID());

		ScheduleImportReport report = imports.importSchedule("relative.xml", file.getBytes(StandardCharsets.UTF_8),
				"relative", null);

		assertThat(report.skipped()).isEmpty();
		assertThat(report.links()).isEqualTo(2);
		assertThat(jdbc
			.sql("""
					SELECT m.url FROM talk_material m JOIN topic t ON t.id = m.topic_id WHERE t.event_id = ? ORDER BY m.url""")
			.param(catalog.findBySlug("relative").orElseThrow().id())
			.query(String.class)
			.list()).containsExactly("https://frab.example.org/system/attachments/1/slides.pdf",
					"https://frab.example.org/system/notes/1");
	}

	@Test
	void aTalksGuidAlreadyStoredIsReplacedByANewOneSoASecondImportOfTheFileStandsApart() {
		importExample("invalid-example.json", "winterchaos");
		importExample("invalid-example.json", "winterchaos_two");

		assertThat(
				jdbc.sql("SELECT COUNT(DISTINCT guid) FROM topic WHERE title = 'Internal Penetration Testing Basics'")
					.query(Long.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void anUnreadableFileWritesNothingAndSaysWhy() {
		Map<String, String> files = Map.of("not a schedule", "hello, world", "malformed JSON",
				"{\"schedule\": {\"conference\": ", "JSON of another shape", "{\"events\": []}",
				"a schedule without a conference", "{\"schedule\": {\"version\": \"1\"}}", "XML of another root",
				"<?xml version='1.0'?><programme/>", "malformed XML", "<schedule><conference></schedule>",
				"an Indico answer without events", "{\"_type\": \"HTTPAPIResult\", \"results\": []}", "an empty file",
				"  \n");
		Map<String, Long> before = TableCounts.of(jdbc);
		Map<String, String> messages = new java.util.TreeMap<>();
		files.forEach((what, content) -> {
			EventFileException refused = catchThrowableOfType(EventFileException.class,
					() -> imports.importSchedule("file", content.getBytes(StandardCharsets.UTF_8), "unread", null));
			assertThat(refused).as(what).isNotNull();
			messages.put(what, refused.problems().getFirst().toString());
		});

		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		assertThat(messages)
			.containsEntry("not a schedule",
					"line 1, column 1: the file is neither XML nor JSON: expected frab/c3voc schedule XML or JSON, or "
							+ "Indico's export API JSON")
			.containsEntry("JSON of another shape",
					"line 1, column 1: unknown format: a c3voc schedule has a \"schedule\" object at the top, an "
							+ "Indico export a \"results\" list; this JSON has neither")
			.containsEntry("a schedule without a conference",
					"/schedule/conference (line 1, column 14): not a c3voc "
							+ "schedule: it needs a \"conference\" object inside \"schedule\"")
			.containsEntry("XML of another root",
					"/programme[1] (line 1, column 34): not a frab schedule: the root element is <programme>, not "
							+ "<schedule>")
			.containsEntry("an empty file", "the file is empty");
		assertThat(messages.get("malformed JSON")).startsWith("line 1, column 29: malformed JSON: ");
		assertThat(messages.get("malformed XML")).startsWith("line 1, column ").contains("malformed XML: ");
	}

	@Test
	void anXmlFileWithAnExternalEntityIsRefusedWithoutReadingWhatItNames() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<schedule><conference><title>&secret;</title></conference></schedule>
				""";
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> imports.importSchedule("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8), "xxe_attack", null));

		assertThat(refused.problems()).singleElement()
			.extracting(EventFileProblem::message)
			.isEqualTo("the file declares a document type (DOCTYPE), which is refused: a schedule needs none, and its "
					+ "entities could read files of this server");
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		assertThat(catalog.findBySlug("xxe_attack")).isEmpty();
	}

	@Test
	void aTimeZoneThatDoesNotExistIsRefusedInEachFormatNamingItAndImportsNothing() {
		String c3voc = """
				{"schedule": {"version": "1", "conference": {"acronym": "mars", "title": "On Mars",
				  "start": "2025-05-05", "end": "2025-05-05", "time_zone_name": "Mars/Olympus", "days": []}}}
				""";
		String frab = """
				<?xml version="1.0"?>
				<schedule><conference><title>On Mars</title>
				  <time_zone_name>Mars/Olympus</time_zone_name></conference></schedule>
				""";
		String indico = """
				{"results": [{"title": "On Mars", "timezone": "Mars/Olympus", "contributions": []}]}
				""";
		Map<String, Long> before = TableCounts.of(jdbc);

		List<String> refusals = Stream.of(c3voc, frab, indico)
			.map(file -> catchThrowableOfType(EventFileException.class,
					() -> imports.importSchedule("mars", file.getBytes(StandardCharsets.UTF_8), "olympus", null)))
			.map(refused -> refused.problems().getFirst().toString())
			.toList();

		String why = "unknown time zone \"Mars/Olympus\"; name one of the IANA database, such as Europe/Berlin";
		assertThat(refusals).containsExactly("/schedule/conference/time_zone_name (line 2, column 65): " + why,
				"/schedule[1]/conference[1]/time_zone_name[1] (line 3, column 19): " + why,
				"/results/0/timezone (line 1, column 47): " + why);
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		assertThat(catalog.findBySlug("olympus")).isEmpty();
	}

	@Test
	void anXmlFileNestedDeeperThanAScheduleCouldBeIsRefused() {
		String deep = "<schedule>" + "<a>".repeat(200) + "</a>".repeat(200) + "</schedule>";
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> imports.importSchedule("deep.xml", deep.getBytes(StandardCharsets.UTF_8), "deep", null));

		assertThat(refused.problems()).singleElement()
			.extracting(EventFileProblem::message)
			.asString()
			.startsWith("malformed XML: ")
			.contains("depth");
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aDurationTooLongOrTooBigToReadLeavesItsTalkOutWithALineAndImportsTheRest() {
		String talks = Stream.of("99999999999:00:00", "2000000:00:00", "7:00:01", "00:45")
			.map(duration -> """
					{"guid": "%s", "title": "Lasting %s", "date": "2025-05-05T10:00:00+02:00",
					 "duration": "%s", "room": "Hall", "persons": []}""".formatted(UUID.randomUUID(), duration,
					duration))
			.collect(Collectors.joining(", "));
		byte[] file = """
				{"schedule": {"version": "1", "conference": {"acronym": "long", "title": "Long",
				  "start": "2025-05-05", "end": "2025-05-05", "time_zone_name": "Europe/Berlin",
				  "days": [{"index": 1, "date": "2025-05-05", "rooms": {"Hall": [%s]}}]}}}
				""".formatted(talks).getBytes(StandardCharsets.UTF_8);

		ScheduleImportReport report = imports.importSchedule("long.json", file, "lasting", null);

		assertThat(report.talks()).isEqualTo(1);
		assertThat(report.skipped()).extracting(EventFileProblem::message)
			.containsExactly("talk \"Lasting 99999999999:00:00\" left out: it has no readable duration",
					"talk \"Lasting 2000000:00:00\" left out: its duration of 2880000000 minutes is longer than a "
							+ "week (10080 minutes)",
					"talk \"Lasting 7:00:01\" left out: its duration of 10081 minutes is longer than a week (10080 "
							+ "minutes)");
	}

	@Test
	void anIndicoDurationBeyondAnyNumberLeavesItsContributionOutWithALine() {
		String file = new String(TestFiles.bytes("indico/event-export-contributions.json"), StandardCharsets.UTF_8)
			.replaceFirst("\"duration\": 20", "\"duration\": 99999999999999999999999");

		ScheduleImportReport report = imports.importSchedule("huge.json", file.getBytes(StandardCharsets.UTF_8),
				"indico_huge", null);

		assertThat(report.talks()).isEqualTo(3);
		assertThat(report.skipped()).extracting(EventFileProblem::message)
			.containsExactly("talk \"d1c2\" left out: its duration of " + Long.MAX_VALUE
					+ " minutes is longer than a week (10080 minutes)");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedUnread() {
		byte[] huge = new byte[(int) ScheduleImports.MAX_FILE_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		Map<String, Long> before = TableCounts.of(jdbc);

		EventFileException refused = catchThrowableOfType(EventFileException.class,
				() -> imports.importSchedule("huge.json", huge, "huge", null));

		assertThat(refused.problems()).singleElement()
			.extracting(EventFileProblem::message)
			.isEqualTo("huge.json has 5.0 MB; a schedule file may have at most 5 MB");
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aSlugTakenMalformedOrMissingIsRefusedBeforeTheFileIsRead() {
		importExample("invalid-example.json", "winterchaos");
		Map<String, Long> before = TableCounts.of(jdbc);
		byte[] file = TestFiles.bytes(EXAMPLES + "invalid-example.json");

		assertThat(catchThrowableOfType(ScheduleImportRefusedException.class,
				() -> imports.importSchedule("f", file, "winterchaos", null)))
			.hasMessage("an event \"winterchaos\" exists already; choose another slug");
		assertThat(catchThrowableOfType(ScheduleImportRefusedException.class,
				() -> imports.importSchedule("f", file, "Winter-Chaos", null)))
			.hasMessageStartingWith("the slug \"Winter-Chaos\" ");
		assertThat(catchThrowableOfType(ScheduleImportRefusedException.class,
				() -> imports.importSchedule("f", file, " ", null)))
			.hasMessage("give the new event's slug");
		assertThat(TableCounts.of(jdbc)).isEqualTo(before);
	}

	private ScheduleImportReport importExample(String name, String slug) {
		return imports.importSchedule(name, TestFiles.bytes(EXAMPLES + name), slug, null);
	}

	private ScheduleImportReport importIndico(String name, String slug) {
		return imports.importSchedule(name, TestFiles.bytes("indico/" + name), slug, null);
	}

	/** A c3voc JSON file with one talk, "Matching", by these speakers. */
	static byte[] oneTalk(String... speakers) {
		StringBuilder persons = new StringBuilder();
		for (String speaker : speakers) {
			persons.append(persons.isEmpty() ? "" : ", ").append("{\"public_name\": \"").append(speaker).append("\"}");
		}
		return ("""
				{"schedule": {"version": "1", "conference": {"acronym": "match", "title": "Match",
				  "start": "2025-05-05", "end": "2025-05-05", "time_zone_name": "Europe/Berlin",
				  "days": [{"index": 1, "date": "2025-05-05", "rooms": {"Hall": [
				    {"guid": "%s", "title": "Matching", "date": "2025-05-05T10:00:00+02:00", "duration": "00:30",
				     "room": "Hall", "persons": [%s]}]}}]}}}
				""".formatted(UUID.randomUUID(), persons)).getBytes(StandardCharsets.UTF_8);
	}

	private Map<String, Object> topic(String guid) {
		return jdbc.sql("""
				SELECT t.state, t.title, t.duration_minutes, s.name_as_written AS speaker
				FROM topic t JOIN topic_speaker s ON s.topic_id = t.id AND s.position = 1 WHERE t.guid = ?""")
			.param(UUID.fromString(guid))
			.query((rs, row) -> Map.<String, Object>of("state", rs.getString(1), "title", rs.getString(2),
					"duration_minutes", rs.getInt(3), "speaker", rs.getString(4)))
			.single();
	}

	private long draftTalks(Event event) {
		return drafts.draft(event.id()).sessions().stream().mapToLong(session -> session.talks().size()).sum();
	}

}
