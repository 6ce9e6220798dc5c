package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.NewBreak;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.TimetableTalk;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's timetables through its event data file and back: every released version with
 * its talks (MC sessions and a plain track's), export numbers and changelog, and a draft
 * that moved on since, come back the same on the schedule pages' reads, and the restored
 * event exports the same bytes.
 */
// Its imports leave persons (Ada Lovelace, Joerg Roedel) that outlive the deleted events
// and
// that the schedule import tests, sharing the server, would match speakers against: the
// context is closed after it, so that those start on a clean database.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileTimetableBackupTest extends EventFileDatabaseTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	DraftEditor editor;

	private ScheduleFixture fixture;

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
	}

	/** The fixture's event is made anew by the next test's fixture, not this import's. */
	@AfterEach
	void deleteTheEvent() {
		catalog.findBySlug(ScheduleFixture.EVENT).ifPresent(event -> setup.delete(event.id()));
	}

	@Test
	void everyReleasedVersionAndTheDraftComeBackWithTheirTalksGuidsAndExportNumbers() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		editor.placeMcAs("test", fixture.event(), fixture.mc("tools").id(), fixture.room("Hall B").id(),
				fixture.block("2027-10-29T15:00").id(), BlockPart.AFTER_BREAK, UUID.randomUUID());
		long hallway = fixture.plainTrack("hallway", "Hallway track");
		long hallwaySession = fixture.placeTrack(hallway, "Hall A", "2027-10-29T15:00");
		long scheduler = fixture.topic("kernel", "Scheduler news", TopicState.CONFIRMED, 30);
		long memory = fixture.topic("kernel", "Memory news", TopicState.CONFIRMED, 30);
		fixture.placeTalk(kernel, scheduler, "2027-10-29T10:00");
		fixture.placeTalk(kernel, memory, "2027-10-29T10:30");
		fixture.placeTalk(hallwaySession, fixture.trackTopic(hallway, "Chat", TopicState.CONFIRMED, 30),
				"2027-10-29T15:00");
		editor.addBreakAs("test", fixture.event(),
				new NewBreak("Lunch", ScheduleFixture.FIRST_DAY, LocalTime.of(13, 30), LocalTime.of(15, 0), null),
				UUID.randomUUID());
		fixture.release("With talks");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Locking news", TopicState.CONFIRMED, 45),
				"2027-10-29T12:00");
		fixture.release("One more");
		// After the release, one talk is canceled and one placed as tentative: the
		// versions keep what they released, the draft shows the new state.
		jdbc.sql("UPDATE topic SET state = 'CANCELED', cancel_reason = 'Speaker ill' WHERE id = ?")
			.param(memory)
			.update();
		fixture.placeTalk(kernel, fixture.topic("kernel", "Maybe news", TopicState.SUBMITTED, 30), "2027-10-29T12:45");
		jdbc.sql("UPDATE timetable_session SET pinned = TRUE WHERE id = ?").param(kernel).update();
		List<String> before = TimetableShape.of(context, ScheduleFixture.EVENT);
		ExportedEventFile exported = files.export(ScheduleFixture.EVENT);

		files.importFile(exported.json(), true);

		assertThat(TimetableShape.of(context, ScheduleFixture.EVENT)).isEqualTo(before);
		assertThat(before).as("what the comparison covers")
			.anyMatch(line -> line.startsWith("version 1 "))
			.anyMatch(line -> line.startsWith("version 2 "))
			.anyMatch(line -> line.contains("Added: Memory news"))
			.anyMatch(line -> line.contains(" TRACK Hallway track (hallway) in Hall A"))
			.anyMatch(line -> line.endsWith(" pinned"));
		assertThat(text(files.export(ScheduleFixture.EVENT).json())).isEqualTo(text(exported.json()));
		assertThat(exported.leftOut()).isEqualTo(LeftOut.NOTHING);
		JsonNode file = JsonMapper.shared().readTree(exported.json());
		assertThat(file.at("/timetable/releases").size()).isEqualTo(2);
		assertThat(file.at("/timetable/releases/1/sessions/0/talks").size()).isEqualTo(3);
		assertThat(file.at("/timetable/draft/sessions/0/talks").size()).isEqualTo(4);
		assertThat(file.at("/plainTracks/0/slug").stringValue()).isEqualTo("hallway");
	}

	@Test
	void aHandWrittenFileCarriesTopicsTwoReleasesAPlainTracksTalkAndADraftThatMovedOn() {
		ImportResult result = files.importFile(TestFiles.importer("topics-and-timetables.json"), false);

		Event event = catalog.findBySlug("testconf").orElseThrow();
		ReleasedSchedule latest = schedule.latest(event).orElseThrow();
		assertThat(result.summary()).endsWith("timetable version 2 with 2 sessions");
		assertThat(latest.sessions())
			.extracting(ScheduledSession::trackSlug,
					session -> session.talks().stream().map(ScheduledTalk::title).toList())
			.containsExactly(tuple("iommu", List.of("Page tables")), tuple("refereed", List.of("Compilers")));
		assertThat(latest.sessions().getFirst().talks().getFirst().speakers())
			.extracting(ScheduledPerson::nameAsWritten)
			.containsExactly("Joerg Roedel", "Ada Lovelace");
		assertThat(schedule.version(event, 1).orElseThrow().sessions().getFirst().talks())
			.extracting(ScheduledTalk::startsAt)
			.containsExactly(Instant.parse("2024-03-04T09:00:00Z"));
		assertThat(drafts.draft(event.id()).sessions().getFirst().talks()).extracting(TimetableTalk::topicGuid)
			.as("the draft's tentative talk, its decision recorded and not announced")
			.containsExactly(UUID.fromString("00000000-0000-4000-8000-00000000a001"),
					UUID.fromString("00000000-0000-4000-8000-00000000a002"));
		assertThat(jdbc.sql("""
				SELECT object_id || ' ' || action FROM audit_entry
				WHERE event_id = ? AND object_type = 'timetable' ORDER BY id""")
			.param(event.id())
			.query(String.class)
			.list()).as("each release and the draft logged as restored")
			.containsExactly("1 restored", "2 restored", "draft restored");
		assertThat(jdbc.sql("SELECT pending_state FROM topic WHERE guid = ?")
			.param(UUID.fromString("00000000-0000-4000-8000-00000000a002"))
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
		byte[] exported = files.export("testconf").json();
		files.importFile(exported, true);
		assertThat(text(files.export("testconf").json())).isEqualTo(text(exported));
		setup.delete(catalog.findBySlug("testconf").orElseThrow().id());
	}

	@Test
	void aReleaseOfOnlyMcSessionsLeavesNothingOut() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.release("Without talks");

		ExportedEventFile exported = files.export(ScheduleFixture.EVENT);

		assertThat(exported.leftOut()).isEqualTo(LeftOut.NOTHING);
		assertThat(exported.leftOut().note()).isEmpty();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
