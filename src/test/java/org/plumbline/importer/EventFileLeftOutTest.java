package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.importer.ExportedEventFile.LeftOut;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.NewBreak;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export of a released version with what the format cannot carry (talks, a plain
 * track's session) writes what it can and counts the rest for the user.
 */
class EventFileLeftOutTest extends EventFileDatabaseTest {

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

	@Test
	void talksAndAPlainTracksSessionAreCountedAndTheRestIsWritten() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		editor.placeMcAs("test", fixture.event(), fixture.mc("tools").id(), fixture.room("Hall B").id(),
				fixture.block("2027-10-29T15:00").id(), BlockPart.AFTER_BREAK, UUID.randomUUID());
		long hallway = fixture.plainTrack("hallway", "Hallway track");
		long hallwaySession = fixture.placeTrack(hallway, "Hall A", "2027-10-29T15:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler news", TopicState.CONFIRMED, 30),
				"2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Memory news", TopicState.CONFIRMED, 30), "2027-10-29T10:30");
		fixture.placeTalk(hallwaySession, fixture.trackTopic(hallway, "Chat", TopicState.CONFIRMED, 30),
				"2027-10-29T15:00");
		editor.addBreakAs("test", fixture.event(),
				new NewBreak("Lunch", ScheduleFixture.FIRST_DAY, LocalTime.of(13, 30), LocalTime.of(15, 0), null),
				UUID.randomUUID());
		fixture.release("With talks");

		ExportedEventFile exported = files.export(ScheduleFixture.EVENT);

		assertThat(exported.leftOut()).isEqualTo(new LeftOut(3, 1, 0));
		assertThat(exported.leftOut().note()).contains("Left out of the file, which cannot carry them yet: "
				+ "3 talks (the format has no topics), 1 plain track's session (the format has no plain tracks)");
		JsonNode release = JsonMapper.shared().readTree(exported.json()).at("/timetable/releases/0");
		assertThat(
				release.get("sessions")
					.valueStream()
					.map(session -> session.get("microconference").stringValue() + " "
							+ session.path("part").asString("WHOLE")))
			.containsExactly("kernel WHOLE", "tools AFTER_BREAK");
		assertThat(release.get("breaks").valueStream().map(JsonNode::toString)).singleElement()
			.satisfies(lunch -> assertThat(lunch).startsWith(
					"{\"title\":\"Lunch\",\"date\":\"2027-10-29\",\"start\":\"13:30\",\"end\":\"15:00\",\"guid\":"));
	}

	@Test
	void aReleaseOfOnlyWhatTheFormatCarriesLeavesNothingOut() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.release("Without talks");

		ExportedEventFile exported = files.export(ScheduleFixture.EVENT);

		assertThat(exported.leftOut()).isEqualTo(LeftOut.NOTHING);
		assertThat(exported.leftOut().note()).isEmpty();
	}

}
