package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Released versions are history (DOMAIN.md, "Released versions"; migration V23): the
 * database refuses to delete a room, MC, plain track or topic that a released version
 * uses, where it used to delete the version's sessions and talks with it. No feature
 * deletes these yet, so the tests delete with SQL, as a future one might. The draft is
 * deleted after the release, so that only the released version holds the references.
 * {@link ReleasedVersionReferencesPostgresTest} runs the same on PostgreSQL.
 */
class ReleasedVersionReferencesTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	ScheduleFixture fixture;

	long historyTrack;

	long frozenTalk;

	long releaseId;

	ReleasedVersionReferencesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void aReleaseOfTwoMcSessionsATrackSessionAndATalkWithoutItsDraft() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		historyTrack = fixture.plainTrack("history", "History");
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTrack(historyTrack, "Hall B", "2027-10-29T15:00");
		frozenTalk = fixture.topic("kernel", "Frozen talk", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(kernel, frozenTalk, "2027-10-29T10:00");
		fixture.release("First");
		releaseId = count("SELECT id FROM timetable WHERE event_id = ? AND number = 1", fixture.event().id());
		jdbc.sql("DELETE FROM timetable WHERE draft_of = ?").param(fixture.event().id()).update();
	}

	@Test
	void deletingARoomThatAReleasedVersionUsesIsRefusedAndTheVersionStaysAsItWas() {
		Map<String, List<Map<String, Object>>> before = releasedRows();

		assertThatThrownBy(() -> delete("room", fixture.room("Hall A").id()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.message()
			.containsIgnoringCase("timetable_session_room_fk");

		assertThat(releasedRows()).isEqualTo(before);
	}

	@Test
	void deletingAnMcThatAReleasedVersionUsesIsRefusedAndTheVersionStaysAsItWas() {
		Map<String, List<Map<String, Object>>> before = releasedRows();

		assertThatThrownBy(() -> delete("microconference", fixture.mc("tools").id()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.message()
			.containsIgnoringCase("timetable_session_microconference_fk");

		assertThat(releasedRows()).isEqualTo(before);
		assertThat(fixture.mc("tools").slug()).isEqualTo("tools");
	}

	@Test
	void deletingAPlainTrackThatAReleasedVersionUsesIsRefusedAndTheVersionStaysAsItWas() {
		Map<String, List<Map<String, Object>>> before = releasedRows();

		assertThatThrownBy(() -> delete("plain_track", historyTrack))
			.isInstanceOf(DataIntegrityViolationException.class)
			.message()
			.containsIgnoringCase("timetable_session_plain_track_fk");

		assertThat(releasedRows()).isEqualTo(before);
	}

	@Test
	void deletingATopicThatAReleasedVersionUsesIsRefusedAndItsTalkAndChangelogLineStay() {
		Map<String, List<Map<String, Object>>> before = releasedRows();

		assertThatThrownBy(() -> delete("topic", frozenTalk)).isInstanceOf(DataIntegrityViolationException.class)
			.message()
			.containsIgnoringCase("timetable_talk_topic_fk");

		assertThat(releasedRows()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM timetable_change WHERE timetable_id = ? AND topic_id = ?", releaseId,
				frozenTalk))
			.isOne();
	}

	@Test
	void theReleasedVersionHoldsWhatTheRefusalsProtect() {
		Map<String, List<Map<String, Object>>> rows = releasedRows();

		assertThat(rows.get("timetable_session")).hasSize(3);
		assertThat(rows.get("timetable_talk")).singleElement()
			.satisfies(talk -> assertThat(((Number) talk.get("topic_id")).longValue()).isEqualTo(frozenTalk));
		assertThat(count("SELECT COUNT(*) FROM timetable WHERE event_id = ?", fixture.event().id()))
			.as("the draft is gone, so only the release refers to the rows")
			.isOne();
	}

	@Test
	void aRoomThatNoVersionUsesIsStillDeleted() {
		jdbc.sql("INSERT INTO room (event_id, guid, name, capacity, position) VALUES (?, ?, 'Hall C', 10, 9)")
			.params(fixture.event().id(), UUID.randomUUID())
			.update();
		long hallC = count("SELECT id FROM room WHERE event_id = ? AND name = 'Hall C'", fixture.event().id());

		assertThat(delete("room", hallC)).isOne();
	}

	private int delete(String table, long id) {
		return jdbc.sql("DELETE FROM " + table + " WHERE id = ?").param(id).update();
	}

	/** The released version's sessions, talks and changelog, row by row. */
	private Map<String, List<Map<String, Object>>> releasedRows() {
		return Map.of("timetable_session", rows("timetable_session", "id"), "timetable_talk",
				rows("timetable_talk", "id"), "timetable_change", rows("timetable_change", "position"));
	}

	private List<Map<String, Object>> rows(String table, String order) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE timetable_id = ? ORDER BY " + order)
			.param(releaseId)
			.query()
			.listOfRows();
	}

}
