package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An organiser places several talks in one change (what the data generator does to fill a
 * large timetable): each is checked as a talk placed alone would be, talks earlier in the
 * list included, and a refusal of any leaves the draft as it was.
 * {@link PlacingTalksAtOncePostgresTest} runs the same on PostgreSQL.
 */
class PlacingTalksAtOnceTest extends EditorWebTest {

	@Autowired
	DraftEditor editor;

	long kernel;

	long tools;

	long first;

	long second;

	long toolsTalk;

	long exportNumbersBefore;

	@BeforeEach
	void twoSessionsAndThreeConfirmedTopics() {
		kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		first = fixture.topic("kernel", "First", TopicState.CONFIRMED, 30, speakerA);
		second = fixture.topic("kernel", "Second", TopicState.CONFIRMED, 30, speakerB);
		toolsTalk = fixture.topic("tools", "Tools talk", TopicState.CONFIRMED, 30);
		exportNumbersBefore = count("SELECT COUNT(*) FROM schedule_export_number WHERE event_id = ?",
				fixture.event().id());
	}

	@Test
	void talksInTwoSessionsArePlacedInOneChangeOfTheDraft() {
		int before = drafts.draft(fixture.event().id()).version();

		DraftChange change = editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, second, LocalTime.of(10, 30)),
						new TalkToPlace(tools, toolsTalk, LocalTime.of(10, 0))));

		assertThat(change.done()).isEqualTo("3 talks are placed.");
		assertThat(talks()).extracting(TimetableTalk::topicId, TimetableTalk::startsAt)
			.containsExactlyInAnyOrder(tuple(first, ScheduleFixture.at("2027-10-29T10:00")),
					tuple(second, ScheduleFixture.at("2027-10-29T10:30")),
					tuple(toolsTalk, ScheduleFixture.at("2027-10-29T10:00")));
		assertThat(drafts.draft(fixture.event().id()).version()).isEqualTo(before + 1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE event_id = ? AND action = 'talks-placed'",
				fixture.event().id()))
			.isEqualTo(1);
	}

	@Test
	void aTalkOverlappingOnePlacedEarlierInTheListIsRefusedAndNothingIsPlaced() {
		int before = drafts.draft(fixture.event().id()).version();

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, second, LocalTime.of(10, 15)))))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("\"Second\" would overlap another talk of this session.");

		assertThat(talks()).isEmpty();
		assertThat(drafts.draft(fixture.event().id()).version()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE event_id = ? AND action = 'talks-placed'",
				fixture.event().id()))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM schedule_export_number WHERE event_id = ?", fixture.event().id()))
			.as("no export number kept for a talk never placed")
			.isEqualTo(exportNumbersBefore);
	}

	@Test
	void talksListedOutOfTimeOrderAreCheckedAgainstEachOtherAndPlaced() {
		int before = drafts.draft(fixture.event().id()).version();
		long third = fixture.topic("kernel", "Third", TopicState.CONFIRMED, 30);

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, second, LocalTime.of(11, 0)),
						new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, third, LocalTime.of(10, 45)))))
			.isInstanceOf(TimetableRefusedException.class)
			.as("Third overlaps Second, which comes first in the list though later in the day")
			.hasMessage("\"Third\" would overlap another talk of this session.");
		editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, second, LocalTime.of(11, 0)),
						new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, third, LocalTime.of(10, 30))));

		assertThat(talks()).extracting(TimetableTalk::topicId, TimetableTalk::startsAt)
			.containsExactly(tuple(first, ScheduleFixture.at("2027-10-29T10:00")),
					tuple(third, ScheduleFixture.at("2027-10-29T10:30")),
					tuple(second, ScheduleFixture.at("2027-10-29T11:00")));
	}

	@Test
	void aTopicNotPlaceableInTheListIsRefusedAndNothingIsPlaced() {
		int before = drafts.draft(fixture.event().id()).version();
		long draft = fixture.topic("kernel", "Still a draft", TopicState.DRAFT, 30);

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, draft, LocalTime.of(10, 30)))))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("Only submitted, accepted or confirmed topics of this event can be placed.");

		assertThat(talks()).isEmpty();
	}

	@Test
	void anEmptyListIsRefusedAndLeavesTheDraftsVersionAsItWas() {
		int before = drafts.draft(fixture.event().id()).version();

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), before, List.of()))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessage("There is no talk to place.");

		assertThat(drafts.draft(fixture.event().id()).version()).isEqualTo(before);
	}

	@Test
	void theSameTopicTwiceInTheListIsRefusedAndNothingIsPlaced() {
		int before = drafts.draft(fixture.event().id()).version();

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)),
						new TalkToPlace(kernel, first, LocalTime.of(11, 0)))))
			.isInstanceOf(TimetableRefusedException.class)
			.hasMessageContaining("already placed");

		assertThat(talks()).isEmpty();
	}

	@Test
	void aLeadWhoDoesNotOrganiseTheEventMayNotPlaceTalksAtOnce() {
		int before = drafts.draft(fixture.event().id()).version();

		assertThatThrownBy(() -> editor.placeTalks(leadKernelId, fixture.event(), before,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)))))
			.isInstanceOf(TimetableNotFoundException.class);

		assertThat(talks()).isEmpty();
	}

	@Test
	void aListMadeOnAnOlderVersionOfTheDraftIsRefused() {
		int seen = drafts.draft(fixture.event().id()).version();
		fixture.placeTalk(tools, toolsTalk, "2027-10-29T10:00");

		assertThatThrownBy(() -> editor.placeTalks(organiserId, fixture.event(), seen,
				List.of(new TalkToPlace(kernel, first, LocalTime.of(10, 0)))))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(talks()).extracting(TimetableTalk::topicId).containsExactly(toolsTalk);
	}

}
