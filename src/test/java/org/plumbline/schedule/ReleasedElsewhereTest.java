package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A version released before elsewhere (an event data file's) keeps its number, instant
 * and session GUIDs here, and never goes before a version the event has.
 * {@link ReleasedElsewherePostgresTest} runs the same on PostgreSQL.
 */
class ReleasedElsewhereTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	private static final UUID FILES_GUID = UUID.fromString("0f3a9c2e-6b1d-4e58-8a7f-00000000002a");

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	DraftEditor editor;

	@Autowired
	TimetableReleases releases;

	@Autowired
	PublishedSchedule published;

	ScheduleFixture fixture;

	ReleasedElsewhereTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
	}

	@Test
	void aVersionReleasedElsewhereKeepsItsNumberInstantAndSessionGuid() {
		editor.placeMcAs("import", fixture.event(), fixture.mc("kernel").id(), fixture.room("Hall A").id(),
				fixture.block("2027-10-29T10:00").id(), BlockPart.WHOLE, FILES_GUID);

		TimetableRelease release = releases.releaseAs(fixture.event(), "import", "As released", 4,
				Instant.parse("2027-09-01T08:00:00Z"));

		assertThat(release.number()).isEqualTo(4);
		ReleasedSchedule schedule = published.latest(fixture.event()).orElseThrow();
		assertThat(schedule.number()).isEqualTo(4);
		assertThat(schedule.releasedAt()).isEqualTo(Instant.parse("2027-09-01T08:00:00Z"));
		assertThat(schedule.sessions()).extracting(ScheduledSession::guid).containsExactly(FILES_GUID);
		assertThat(drafts.draft(fixture.event().id()).sessions()).extracting(TimetableSession::guid)
			.containsExactly(FILES_GUID);
	}

	@Test
	void aBreakAddedForASystemActorKeepsItsGuidAndIsAuditedUnderThatActor() {
		long auditedBefore = breaksAddedByTheImporter();

		editor.addBreakAs("import", fixture.event(),
				new NewBreak("Lunch", ScheduleFixture.FIRST_DAY, LocalTime.of(13, 30), LocalTime.of(15, 0), null),
				FILES_GUID);

		assertThat(drafts.draft(fixture.event().id()).sessions()).singleElement().satisfies(session -> {
			assertThat(session.guid()).isEqualTo(FILES_GUID);
			assertThat(session.kind()).isEqualTo(SessionKind.BREAK);
			assertThat(session.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T13:30"));
			assertThat(session.endsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T15:00"));
		});
		assertThat(breaksAddedByTheImporter()).isEqualTo(auditedBefore + 1);
	}

	@Test
	void aBreakForASystemActorOnADayOutsideTheEventIsRefusedAndNothingIsWrittenOrAudited() {
		long auditedBefore = breaksAddedByTheImporter();

		assertThatThrownBy(() -> editor.addBreakAs("import", fixture.event(),
				new NewBreak("Lunch", ScheduleFixture.FIRST_DAY.minusDays(1), LocalTime.of(13, 30), LocalTime.of(15, 0),
						null),
				FILES_GUID))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("A break must be on one of the event's days.");
		assertThat(drafts.draft(fixture.event().id()).sessions()).isEmpty();
		assertThat(breaksAddedByTheImporter()).isEqualTo(auditedBefore);
	}

	@Test
	void aVersionNumberNotAfterTheLatestIsRefusedAndNothingIsReleased() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.release("v1");
		fixture.release("v2");

		assertThatThrownBy(
				() -> releases.releaseAs(fixture.event(), "import", null, 2, Instant.parse("2027-09-01T08:00:00Z")))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("Version 2 is not after the event's latest version, 2.");
		assertThat(releases.releases(fixture.event())).extracting(Timetable::number).containsExactly(2, 1);
	}

	private long breaksAddedByTheImporter() {
		return count("""
				SELECT COUNT(*) FROM audit_entry
				WHERE event_id = ? AND object_type = 'timetable' AND action = 'break-added'
				AND actor_account_id IS NULL AND actor_label = 'import'""", fixture.event().id());
	}

}
