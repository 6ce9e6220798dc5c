package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releasing the draft: one draft per event, numbered versions that keep places and
 * lengths while the draft moves on, a changelog against the version before, and talks
 * left out while tentative or unconfirmed. {@link TimetableReleasesPostgresTest} runs the
 * same on PostgreSQL.
 */
class TimetableReleasesTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	@Autowired
	TimetableReleases releases;

	@Autowired
	PublishedSchedule published;

	@Autowired
	TransactionTemplate transactions;

	ScheduleFixture fixture;

	long ana;

	TimetableReleasesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
	}

	@Test
	void aSecondDraftForOneEventIsRefusedByTheDatabase() {
		drafts.draft(fixture.event().id());

		assertThatThrownBy(() -> jdbc.sql("INSERT INTO timetable (event_id, draft_of) VALUES (?, ?)")
			.params(fixture.event().id(), fixture.event().id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void twoFirstUsesOfTheDraftAtOnceGetTheSameDraft() throws Exception {
		long eventId = fixture.event().id();

		LockWaits.Race<Long> race = LockWaits.race(jdbc, transactions, () -> drafts.draft(eventId).id(),
				() -> transactions.execute(status -> drafts.draft(eventId).id()));

		assertThat(race.second()).isEqualTo(race.first());
		assertThat(count("SELECT COUNT(*) FROM timetable WHERE draft_of = ?", eventId)).isOne();
	}

	@Test
	void theFirstReleaseListsEverySessionAndConfirmedTalkAsAddedAndLeavesOutTheRest() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		long confirmed = fixture.topic("kernel", "Confirmed talk", TopicState.CONFIRMED, 30, ana);
		long accepted = fixture.topic("kernel", "Accepted talk", TopicState.ACCEPTED, 30, ana);
		long submitted = fixture.topic("kernel", "Submitted talk", TopicState.SUBMITTED, 30, ana);
		fixture.placeTalk(kernel, confirmed, "2027-10-29T10:00");
		fixture.placeTalk(kernel, accepted, "2027-10-29T10:30");
		fixture.placeTalk(kernel, submitted, "2027-10-29T11:00");

		TimetableRelease release = fixture.release("First version");

		assertThat(release.number()).isEqualTo(1);
		assertThat(release.changes()).extracting(TimetableChange::words)
			.containsExactly("Added: Kernel MC (Hall A), Fri 10:00–13:30",
					"Added: Confirmed talk (Hall A), Fri 10:00–10:30", "Added: Tools MC (Hall B), Fri 10:00–13:30");
		assertThat(release.leftOut()).containsExactly("Not confirmed by its speaker yet: Accepted talk",
				"Tentative: Submitted talk");
		ReleasedSchedule schedule = published.latest(fixture.event()).orElseThrow();
		assertThat(schedule.changeNote()).isEqualTo("First version");
		assertThat(schedule.sessions()).extracting(ScheduledSession::title).containsExactly("Kernel MC", "Tools MC");
		assertThat(schedule.sessions().getFirst().talks()).extracting(ScheduledTalk::title)
			.containsExactly("Confirmed talk");
		assertThat(schedule.sessions().getFirst().leads()).extracting(ScheduledPerson::nameAsWritten)
			.containsExactly("Lena Lead");
	}

	@Test
	void aReleasedVersionKeepsItsPlacesWhileTheDraftChangesAndTheNextReleaseSaysWhatMoved() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long talk = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(kernel, talk, "2027-10-29T10:00");
		fixture.release("v1");
		retimeTheDraftsFirstTalk("2027-10-29T12:00", "2027-10-29T12:30");
		fixture.placeMc("tools", "Hall B", "2027-10-31T15:00");

		assertThat(published.latest(fixture.event()).orElseThrow().sessions().getFirst().talks().getFirst().startsAt())
			.as("the release is frozen")
			.isEqualTo(ScheduleFixture.at("2027-10-29T10:00"));

		TimetableRelease second = fixture.release("v2");

		assertThat(second.number()).isEqualTo(2);
		assertThat(second.changes()).extracting(TimetableChange::kind, TimetableChange::words)
			.containsExactly(
					tuple(TimetableChange.Kind.MOVED,
							"Moved: Scheduler latency from Hall A, Fri 10:00–10:30 to Hall A, Fri 12:00–12:30"),
					tuple(TimetableChange.Kind.ADDED, "Added: Tools MC (Hall B), Sun 15:00–18:30"));
		assertThat(releases.changes(fixture.event(), 2)).isEqualTo(second.changes());
		assertThat(published.version(fixture.event(), 1).orElseThrow().changeNote()).isEqualTo("v1");
	}

	@Test
	void aTalkOnlyLengthenedIsLoggedAsChangedInLength() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana),
				"2027-10-29T10:00");
		fixture.release("v1");
		retimeTheDraftsFirstTalk("2027-10-29T10:00", "2027-10-29T10:45");

		TimetableRelease second = fixture.release("v2");

		assertThat(second.changes()).extracting(TimetableChange::kind, TimetableChange::words)
			.containsExactly(tuple(TimetableChange.Kind.RESIZED,
					"Length changed: Scheduler latency (Hall A), Fri 10:00–10:45, 30 → 45 min"));
	}

	@Test
	void aTalkBothMovedAndLengthenedIsLoggedInOneLineThatSaysBoth() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana),
				"2027-10-29T10:00");
		fixture.release("v1");
		retimeTheDraftsFirstTalk("2027-10-29T12:00", "2027-10-29T12:45");

		TimetableRelease second = fixture.release("v2");

		assertThat(second.changes()).extracting(TimetableChange::kind, TimetableChange::words)
			.containsExactly(tuple(TimetableChange.Kind.MOVED, "Moved and length changed: Scheduler latency "
					+ "from Hall A, Fri 10:00–10:30 to Hall A, Fri 12:00–12:45, 30 → 45 min"));
		assertThat(releases.changes(fixture.event(), 2)).isEqualTo(second.changes());
	}

	@Test
	void aTalkWhoseSpeakerDeclinedSinceTheLastReleaseIsNamedRemovedAndLeftOut() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long talk = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(kernel, talk, "2027-10-29T10:00");
		fixture.release("v1");
		jdbc.sql("UPDATE topic SET state = 'DECLINED' WHERE id = ?").param(talk).update();

		TimetableRelease second = fixture.release("v2");

		assertThat(second.changes()).extracting(TimetableChange::kind, TimetableChange::words)
			.containsExactly(
					tuple(TimetableChange.Kind.REMOVED, "Removed: Scheduler latency (Hall A), Fri 10:00–10:30"));
		assertThat(second.leftOut()).containsExactly(
				"No longer accepted (withdrawn, declined or canceled since it was placed): Scheduler latency");
	}

	@Test
	void sessionsAfterTheEndOfSummerTimeKeepTheirLocalTimes() {
		fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-31T10:00");

		fixture.release("across the change");

		ReleasedSchedule schedule = published.latest(fixture.event()).orElseThrow();
		assertThat(schedule.sessions()).extracting(ScheduledSession::startsAt)
			.containsExactly(Instant.parse("2027-10-30T08:00:00Z"), Instant.parse("2027-10-31T09:00:00Z"));
	}

	@Test
	void aHardConflictInTheDraftRefusesTheReleaseAndWritesNothing() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-29T10:00");

		assertThatThrownBy(() -> fixture.release("clash")).isInstanceOf(TimetableRefusedException.class)
			.hasMessage("The draft has 1 conflict that blocks its release: "
					+ "Hall A: Kernel MC and Tools MC, Fri 10:00–13:30.");
		assertThat(
				count("SELECT COUNT(*) FROM timetable WHERE event_id = ? AND number IS NOT NULL", fixture.event().id()))
			.isZero();
	}

	@Test
	void aTentativeTalkWhoseSpeakerIsInTwoPlacesIsLeftOutAndDoesNotBlockTheRelease() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana),
				"2027-10-29T10:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Tracing tools", TopicState.SUBMITTED, 30, ana),
				"2027-10-29T10:00");

		ReleasePreview preview = releases.preview(fixture.event());
		TimetableRelease release = fixture.release("Ana's tentative clash stays out");

		assertThat(preview.blocking()).isEmpty();
		assertThat(preview.leftOut()).containsExactly("Tentative: Tracing tools");
		assertThat(release.leftOut()).containsExactly("Tentative: Tracing tools");
		assertThat(published.latest(fixture.event()).orElseThrow().sessions()).flatExtracting(ScheduledSession::talks)
			.extracting(ScheduledTalk::title)
			.containsExactly("Scheduler latency");
	}

	@Test
	void aConfirmedTalkWhoseSpeakerIsInTwoPlacesBlocksTheReleaseAndThePreviewSaysSo() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana),
				"2027-10-29T10:00");
		fixture.placeTalk(tools, fixture.topic("tools", "Tracing tools", TopicState.CONFIRMED, 30, ana),
				"2027-10-29T10:00");
		String clash = "Ana Speaker: Scheduler latency (Hall A) and Tracing tools (Hall B), Fri 10:00–10:30";

		assertThat(releases.preview(fixture.event()).blocking()).extracting(Conflict::words).containsExactly(clash);
		assertThatThrownBy(() -> fixture.release("Ana in two places")).isInstanceOf(TimetableRefusedException.class)
			.hasMessage("The draft has 1 conflict that blocks its release: " + clash + ".");
		assertThat(releases.releases(fixture.event())).isEmpty();
	}

	@Test
	void theEventsPoliciesDecideWhatBlocksARelease() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		jdbc.sql("INSERT INTO schedule_rule_policy (event_id, rule, policy) VALUES (?, ?, ?)")
			.params(fixture.event().id(), ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES.name(),
					RulePolicy.BLOCK_RELEASE.name())
			.update();

		assertThatThrownBy(() -> fixture.release("Kim in two places")).isInstanceOf(TimetableRefusedException.class)
			.hasMessage("The draft has 1 conflict that blocks its release: "
					+ "Kim Key: Kernel MC (Hall A) and Tools MC (Hall B), Fri 10:00–13:30.");

		jdbc.sql("UPDATE schedule_rule_policy SET policy = ? WHERE event_id = ?")
			.params(RulePolicy.WARN.name(), fixture.event().id())
			.update();

		assertThat(fixture.release("Kim is warned of").number()).isEqualTo(1);
	}

	@Test
	void aTalkOverTheBreakOrOutsideItsSessionOrOfAnotherMcIsRefused() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long talk = fixture.topic("kernel", "Long talk", TopicState.ACCEPTED, 45, ana);
		long toolsTalk = fixture.topic("tools", "Tools talk", TopicState.ACCEPTED, 30, ana);

		assertThatThrownBy(() -> fixture.placeTalk(kernel, talk, "2027-10-29T11:00"))
			.hasMessage("\"Long talk\" would run into the block's break.");
		assertThatThrownBy(() -> fixture.placeTalk(kernel, talk, "2027-10-29T13:00"))
			.hasMessage("\"Long talk\" does not fit inside its session's time.");
		assertThatThrownBy(() -> fixture.placeTalk(kernel, toolsTalk, "2027-10-29T10:00"))
			.hasMessage("\"Tools talk\" belongs to another track than this session.");
		assertThat(drafts.draft(fixture.event().id()).sessions().getFirst().talks()).isEmpty();
	}

	/**
	 * Gives the draft's first talk a new interval in place, as removing it and placing it
	 * again after its topic's length was edited would ({@link ReleasePagesTest} does so).
	 */
	private void retimeTheDraftsFirstTalk(String localStart, String localEnd) {
		TimetableTalk placed = drafts.draft(fixture.event().id()).sessions().getFirst().talks().getFirst();
		jdbc.sql("UPDATE timetable_talk SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(ScheduleFixture.at(localStart).atOffset(ZoneOffset.UTC),
					ScheduleFixture.at(localEnd).atOffset(ZoneOffset.UTC), placed.id())
			.update();
	}

}
