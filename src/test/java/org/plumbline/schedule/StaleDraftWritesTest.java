package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session or talk written by someone who did not take the draft's lock (an import, a
 * fixture) after an edit read the draft: the edit's versioned write finds it changed, and
 * the edit is refused in words instead of being taken as done.
 * {@link StaleDraftWritesPostgresTest} runs the same on PostgreSQL.
 */
class StaleDraftWritesTest extends EditorWebTest {

	@Autowired
	DraftOperations sessionOperations;

	@Autowired
	TalkOperations talkOperations;

	long kernel;

	long talk;

	Timetable seen;

	@BeforeEach
	void aTalkChangedAfterTheDraftWasRead() {
		kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		talk = fixture.placeTalk(kernel, fixture.topic("kernel", "Talk", TopicState.CONFIRMED, 30, speakerA),
				"2027-10-29T10:00");
		seen = drafts.draft(fixture.event().id());
		jdbc.sql("UPDATE timetable_talk SET version = version + 1 WHERE id = ?").param(talk).update();
		jdbc.sql("UPDATE timetable_session SET version = version + 1 WHERE id = ?").param(kernel).update();
	}

	@Test
	void movingATalkChangedMeanwhileIsRefusedAndLeavesItWhereItIs() {
		assertThatThrownBy(() -> talkOperations.moveTalk(fixture.event(), seen, talk, kernel,
				ScheduleFixture.at("2027-10-29T10:30")))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("changed meanwhile");
		assertThat(talks()).singleElement()
			.satisfies(placed -> assertThat(placed.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T10:00")));
	}

	@Test
	void retimingATalkChangedMeanwhileIsRefusedAndLeavesItWhereItIs() {
		assertThatThrownBy(() -> talkOperations.retime(fixture.event(), seen, kernel,
				Map.of(talk, ScheduleFixture.at("2027-10-29T10:30"))))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("changed meanwhile");
		assertThat(talks()).singleElement()
			.satisfies(placed -> assertThat(placed.startsAt()).isEqualTo(ScheduleFixture.at("2027-10-29T10:00")));
	}

	@Test
	void removingATalkChangedMeanwhileIsRefusedAndKeepsIt() {
		assertThatThrownBy(() -> talkOperations.removeTalk(seen, talk)).isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("changed meanwhile");
		assertThat(talks()).hasSize(1);
	}

	@Test
	void movingASessionChangedMeanwhileIsRefusedAndLeavesItWhereItIs() {
		assertThatThrownBy(() -> sessionOperations.moveSession(fixture.event(), seen, kernel,
				fixture.room("Hall B").id(), fixture.block("2027-10-29T10:00").id(), BlockPart.WHOLE))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("changed meanwhile");
		assertThat(sessions()).singleElement()
			.satisfies(session -> assertThat(session.roomId()).isEqualTo(fixture.room("Hall A").id()));
	}

	@Test
	void removingASessionChangedMeanwhileIsRefusedAndKeepsIt() {
		assertThatThrownBy(() -> sessionOperations.removeSession(seen, kernel))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("changed meanwhile");
		assertThat(sessions()).hasSize(1);
	}

}
