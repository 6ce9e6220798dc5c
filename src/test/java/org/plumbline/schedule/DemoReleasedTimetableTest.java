package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The released timetable of the demo event as a newcomer's first start loads it: version
 * 1, every MC in one block and room, and nobody needed in two places at once (issue 11,
 * point 5; the seed's own order clashes, see {@link TimetableConflictsDemoTest}).
 */
@SpringBootTest(properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class DemoReleasedTimetableTest {

	@Autowired
	PublishedSchedule published;

	@Autowired
	TimetableConflicts conflicts;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	EventCatalog catalog;

	@Autowired
	Microconferences microconferences;

	private Event event;

	private ReleasedSchedule release;

	@BeforeEach
	void readTheDemosLatestRelease() {
		event = catalog.findBySlug("lpc2023").orElseThrow();
		release = published.latest(event).orElseThrow();
	}

	@Test
	void theDemoLoadedOnFirstStartHasReleasedVersionOneWithEachOfItsEighteenMcsOnce() {
		assertThat(release.number()).isEqualTo(1);
		assertThat(release.releasedAt()).isEqualTo(Instant.parse("2023-11-01T12:00:00Z"));
		assertThat(release.changeNote()).startsWith("Proposed by Plumbline's scheduler from an empty draft");
		assertThat(release.sessions()).hasSize(18).allSatisfy(session -> {
			assertThat(session.kind()).isEqualTo(SessionKind.MICROCONFERENCE);
			assertThat(session.duration()).hasMinutes(210);
		});
		assertThat(release.sessions()).extracting(ScheduledSession::trackSlug)
			.containsExactlyInAnyOrderElementsOf(
					microconferences.forEvent(event.id()).stream().map(Microconference::slug).toList());
		assertThat(session("tracing").startsAt()).as("Steven Rostedt leads both")
			.isNotEqualTo(session("real-time-scheduling").startsAt());
	}

	@Test
	void itsReleasedVersionHasNoConflictAtAll() {
		Map<String, Long> mcIds = microconferences.forEvent(event.id())
			.stream()
			.collect(Collectors.toMap(Microconference::slug, Microconference::id));
		Map<Instant, Long> blockIds = catalog.timeBlocks(event.id())
			.stream()
			.collect(Collectors.toMap(TimeBlock::startsAt, TimeBlock::id));
		List<Placement> placements = release.sessions()
			.stream()
			.map(session -> new Placement(mcIds.get(session.trackSlug()), session.room().id(),
					blockIds.get(session.startsAt())))
			.toList();

		assertThat(conflicts.check(event.id(), placements)).isEmpty();
	}

	@Test
	void theDraftIsTheReleasedVersionSoOrganisersEditOnFromIt() {
		Map<UUID, ScheduledSession> released = release.sessions()
			.stream()
			.collect(Collectors.toMap(ScheduledSession::guid, Function.identity()));

		assertThat(drafts.draft(event.id()).sessions()).hasSize(18).allSatisfy(session -> {
			ScheduledSession same = released.get(session.guid());
			assertThat(same).isNotNull();
			assertThat(session.roomId()).isEqualTo(same.room().id());
			assertThat(session.startsAt()).isEqualTo(same.startsAt());
		});
	}

	private ScheduledSession session(String slug) {
		return release.sessions()
			.stream()
			.filter(session -> slug.equals(session.trackSlug()))
			.findFirst()
			.orElseThrow();
	}

}
