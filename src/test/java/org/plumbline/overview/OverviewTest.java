package org.plumbline.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.event.NewEvent;
import org.plumbline.overview.AudienceMatrix.McAudience;
import org.plumbline.registration.TicketTypeHistory.Standing;
import org.plumbline.review.domain.ReviewedTopicRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, point 8: every figure of the overview against counts the test makes itself,
 * row by row from what the features stored, days reckoned in Java in the event's zone;
 * and the figures the scenario was built to give, so that a rule both got wrong the same
 * way is still caught.
 */
class OverviewTest extends OverviewWebTest {

	@Autowired
	ReviewedTopicRepository reviewedTopics;

	@Test
	void topicsPerCallAndDayAreThoseStandingSubmittedByTheirDayInTheEventsZone() {
		EventOverview figures = overview.of(event, organiserId);

		Map<String, Map<LocalDate, Integer>> counted = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT COALESCE(m.title, p.name) AS call_name, t.submitted_at FROM topic t
				LEFT JOIN microconference m ON m.id = t.microconference_id
				LEFT JOIN plain_track p ON p.id = t.plain_track_id
				WHERE t.event_id = ? AND t.state NOT IN ('DRAFT', 'WITHDRAWN')""")
			.param(event.id())
			.query((rs, row) -> Map.entry(rs.getString("call_name"),
					LocalDate.ofInstant(rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), ZONE)))
			.list()
			.forEach(topic -> counted.computeIfAbsent(topic.getKey(), name -> new TreeMap<>())
				.merge(topic.getValue(), 1, Integer::sum));

		Map<String, Map<LocalDate, Integer>> shown = new LinkedHashMap<>();
		for (CallSubmissions call : figures.submissions()) {
			int total = 0;
			Map<LocalDate, Integer> days = new TreeMap<>();
			for (CallSubmissions.Tally tally : call.days()) {
				total += tally.submitted();
				assertThat(tally.total()).as("running total of %s on %s", call.name(), tally.day()).isEqualTo(total);
				days.put(tally.day(), tally.submitted());
			}
			if (!days.isEmpty()) {
				shown.put(call.name(), days);
			}
		}
		assertThat(shown).isEqualTo(counted);
		assertThat(shown.get("Kernel MC")).as("00:30 in Berlin is the next day, though still Aug 10 in UTC")
			.containsExactly(Map.entry(LocalDate.of(2027, 8, 10), 1), Map.entry(LocalDate.of(2027, 8, 11), 1),
					Map.entry(LocalDate.of(2027, 8, 12), 1));
		assertThat(shown.get("Tools MC")).as("the draft and the withdrawn topic left out")
			.containsExactly(Map.entry(LocalDate.of(2027, 8, 11), 1));
		assertThat(figures.submissions())
			.extracting(CallSubmissions::name, CallSubmissions::total, CallSubmissions::deadline)
			.containsExactly(tuple("Kernel MC", 3, berlin("2027-08-31T18:00")),
					tuple("Tools MC", 1, berlin("2027-08-31T18:00")), tuple("Rust MC", 0, berlin("2027-08-31T18:00")),
					tuple("Refereed Track", 1, berlin("2027-08-20T12:00")));
	}

	@Test
	void reviewProgressCountsReviewedDecidedAndConfirmedTopicsOfEachCall() {
		EventOverview figures = overview.of(event, organiserId);

		Map<String, int[]> counted = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT COALESCE(m.title, p.name) AS call_name, t.state, t.pending_state,
				       (SELECT COUNT(*) FROM review r WHERE r.topic_id = t.id) AS reviews
				FROM topic t
				LEFT JOIN microconference m ON m.id = t.microconference_id
				LEFT JOIN plain_track p ON p.id = t.plain_track_id
				WHERE t.event_id = ? AND t.state NOT IN ('DRAFT', 'WITHDRAWN')""")
			.param(event.id())
			.query((rs, row) -> {
				int[] call = counted.computeIfAbsent(rs.getString("call_name"), name -> new int[4]);
				String state = rs.getString("state");
				call[0]++;
				call[1] += rs.getLong("reviews") > 0 ? 1 : 0;
				call[2] += rs.getString("pending_state") != null || !state.equals("SUBMITTED") ? 1 : 0;
				call[3] += state.equals("CONFIRMED") ? 1 : 0;
				return call;
			})
			.list();

		Map<String, List<Integer>> shown = new LinkedHashMap<>();
		figures.reviews()
			.calls()
			.forEach(call -> shown.put(call.name(),
					List.of(call.submitted(), call.reviewed(), call.decided(), call.confirmed())));
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		counted.forEach((name, call) -> expected.put(name, List.of(call[0], call[1], call[2], call[3])));
		assertThat(shown).isEqualTo(expected);
		assertThat(shown).containsExactly(Map.entry("Kernel MC", List.of(3, 2, 2, 0)),
				Map.entry("Tools MC", List.of(1, 0, 0, 0)), Map.entry("Refereed Track", List.of(1, 0, 1, 1)));
		assertThat(figures.reviews().hidden()).isZero();

		long toolsTopic = count("""
				SELECT t.id FROM topic t JOIN microconference m ON m.id = t.microconference_id
				WHERE m.title = 'Tools MC' AND t.state = 'SUBMITTED'""");
		jdbc.sql("""
				INSERT INTO review (topic_id, reviewer_id, score, created_at, updated_at)
				SELECT topic_id, MIN(account_id), 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM topic_conflict
				WHERE topic_id = ? GROUP BY topic_id""").param(toolsTopic).update();
		reviewedTopics.recompute(List.of(toolsTopic));
		assertThat(count("SELECT COUNT(*) FROM review WHERE topic_id = ?", toolsTopic))
			.as("a review by someone conflicted with the topic")
			.isEqualTo(1);
		assertThat(overview.of(event, organiserId).reviews().calls()).as("every call")
			.filteredOn(call -> call.name().equals("Tools MC"))
			.singleElement()
			.extracting(CallProgress::reviewed)
			.isEqualTo(0);

		ReviewedCalls twoLargest = overview.of(event, organiserId, UnaryOperator.identity(), 2).reviews();

		assertThat(twoLargest.calls())
			.as("the largest call, then the first of the two of one topic in page order, "
					+ "neither counting a conflicted review")
			.extracting(CallProgress::name, CallProgress::reviewed, CallProgress::decided)
			.containsExactly(tuple("Kernel MC", 2, 2), tuple("Tools MC", 0, 0));
		assertThat(twoLargest.hidden()).isEqualTo(1);
		ReviewedCalls oneTrack = overview.of(event, organiserId, UnaryOperator.identity(), 1).reviews();
		assertThat(oneTrack.calls()).extracting(CallProgress::name).containsExactly("Kernel MC");
		assertThat(oneTrack.hidden()).isEqualTo(2);
	}

	@Test
	void registrationsHoldingAPlaceAndWaitingAreCountedAtTheEndOfEachDay() {
		EventOverview figures = overview.of(event, organiserId);

		record Row(Instant created, Instant offered, Instant ended, boolean joinedLine) {
		}
		List<Row> rows = jdbc
			.sql("SELECT created_at, offered_at, ended_at, joined_line FROM registration WHERE event_id = ?")
			.param(event.id())
			.query((rs, row) -> new Row(instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("offered_at", OffsetDateTime.class)),
					instant(rs.getObject("ended_at", OffsetDateTime.class)), rs.getBoolean("joined_line")))
			.list();
		Set<LocalDate> changeDays = new TreeSet<>();
		for (Row row : rows) {
			for (Instant at : new Instant[] { row.created(), row.offered(), row.ended() }) {
				if (at != null) {
					changeDays.add(LocalDate.ofInstant(at, ZONE));
				}
			}
		}
		List<Standing> counted = new ArrayList<>();
		for (LocalDate day : changeDays) {
			Instant endOfDay = day.plusDays(1).atStartOfDay(ZONE).toInstant();
			int holding = 0;
			int waiting = 0;
			for (Row row : rows) {
				boolean waited = row.joinedLine();
				boolean gone = row.ended() != null && row.ended().isBefore(endOfDay);
				Instant placeFrom = row.offered() != null ? row.offered() : row.created();
				if ((!waited || row.offered() != null) && placeFrom.isBefore(endOfDay) && !gone) {
					holding++;
				}
				if (waited && row.created().isBefore(endOfDay) && !gone
						&& (row.offered() == null || !row.offered().isBefore(endOfDay))) {
					waiting++;
				}
			}
			counted.add(new Standing(day, holding, waiting));
		}

		assertThat(figures.registrations()).singleElement().satisfies(type -> {
			assertThat(type.name()).isEqualTo("In person");
			assertThat(type.capacity()).isEqualTo(2);
			assertThat(type.days()).isEqualTo(counted);
		});
		assertThat(figures.registrations().getFirst().days())
			.as("the offer at 00:30 in Berlin counts on Sep 4, and the waiting attendee who cancelled that day "
					+ "leaves the line, never having held a place")
			.containsExactly(new Standing(LocalDate.of(2027, 9, 1), 2, 0), new Standing(LocalDate.of(2027, 9, 2), 2, 2),
					new Standing(LocalDate.of(2027, 9, 4), 2, 0));
	}

	@Test
	void sharedAudienceCountsEveryMarkerOfBothMcsAndFramesTheParallelPairs() {
		EventOverview figures = overview.of(event, organiserId);

		Map<String, Set<Long>> markers = new HashMap<>();
		jdbc.sql("""
				SELECT COALESCE(CAST(account_id AS VARCHAR(64)), visitor_hash) AS marker, microconference_id
				FROM interest_mark WHERE event_id = ? AND microconference_id IS NOT NULL""")
			.param(event.id())
			.query((rs, row) -> markers.computeIfAbsent(rs.getString("marker"), marker -> new TreeSet<>())
				.add(rs.getLong("microconference_id")))
			.list();
		AudienceMatrix matrix = figures.audience();
		for (McAudience one : matrix.mcs()) {
			for (McAudience other : matrix.mcs()) {
				long both = markers.values()
					.stream()
					.filter(marked -> marked.contains(one.id()) && marked.contains(other.id()))
					.count();
				assertThat(matrix.shared(one, other)).as("%s with %s", one.title(), other.title()).isEqualTo(both);
			}
		}
		assertThat(matrix.mcs()).extracting(McAudience::title, McAudience::interested)
			.containsExactly(tuple("Kernel MC", 4), tuple("Tools MC", 3), tuple("Rust MC", 2));
		McAudience kernel = matrix.mcs().get(0);
		McAudience tools = matrix.mcs().get(1);
		McAudience rust = matrix.mcs().get(2);
		assertThat(matrix.shared(kernel, tools)).isEqualTo(3);
		assertThat(matrix.shared(kernel, rust)).isEqualTo(2);
		assertThat(matrix.shared(tools, rust)).isEqualTo(1);
		assertThat(matrix.parallel(kernel, tools)).as("the same morning, in two rooms").isTrue();
		assertThat(matrix.parallel(kernel, rust)).as("the morning and the afternoon").isFalse();
		assertThat(matrix.parallel(tools, rust)).isFalse();
		assertThat(matrix.onDay(LocalDate.of(2027, 10, 29)).mcs()).hasSize(3);
		assertThat(matrix.onDay(LocalDate.of(2027, 10, 30)).mcs()).as("only the track that day").isEmpty();

		AudienceMatrix twoMostMarked = overview.of(event, organiserId, whole -> whole.mostMarked(2)).audience();
		assertThat(twoMostMarked.mcs()).containsExactly(kernel, tools);
		assertThat(twoMostMarked.shared()).as("only the pairs of the MCs kept are counted")
			.isEqualTo(Map.of(AudienceMatrix.pair(kernel.id(), tools.id()), 3));
		assertThat(twoMostMarked.parallel(kernel, tools)).isTrue();
	}

	@Test
	void roomFillSetsEachDraftSessionsInterestAgainstItsRoomsSeats() {
		EventOverview figures = overview.of(event, organiserId);

		assertThat(figures.roomFill()).containsExactly(
				new SessionFill("Kernel MC", "Hall A", berlin("2027-10-29T10:00"), berlin("2027-10-29T13:30"), 4, 100),
				new SessionFill("Tools MC", "Hall B", berlin("2027-10-29T10:00"), berlin("2027-10-29T13:30"), 3, 2),
				new SessionFill("Rust MC", "Hall A", berlin("2027-10-29T15:00"), berlin("2027-10-29T18:30"), 2, 100),
				new SessionFill("Refereed Track", "Hall B", berlin("2027-10-30T10:00"), berlin("2027-10-30T13:30"), 2,
						2));
		assertThat(figures.roomFill().get(1).overflows()).isTrue();
		assertThat(figures.roomFill().get(1).percent()).isEqualTo(150);
		long marksOfKernel = count("SELECT COUNT(*) FROM interest_mark WHERE microconference_id = ?", mcId("kernel"));
		assertThat(figures.roomFill().getFirst().interested()).isEqualTo(marksOfKernel);
	}

	@Test
	void anEventWithNothingYetHasEmptyFiguresAndEveryCallWithoutTopics() {
		eventSetup.delete(event.id());
		event = eventSetup.create(new NewEvent(EVENT, "Empty", LocalDate.of(2027, 10, 29), LocalDate.of(2027, 10, 29),
				ZONE, null, List.of(), List.of(), List.of(), List.of()));
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);

		EventOverview figures = overview.of(event, organiserId);

		assertThat(figures.submissions()).isEmpty();
		assertThat(figures.reviews().calls()).isEmpty();
		assertThat(figures.registrations()).isEmpty();
		assertThat(figures.audience().mcs()).isEmpty();
		assertThat(figures.roomFill()).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM timetable WHERE event_id = ?", event.id()))
			.as("reading the overview makes no draft")
			.isZero();
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
