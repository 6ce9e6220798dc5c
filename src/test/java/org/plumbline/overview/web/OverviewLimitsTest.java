package org.plumbline.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.overview.AudienceMatrix;
import org.plumbline.overview.AudienceMatrix.McAudience;
import org.plumbline.overview.CallProgress;
import org.plumbline.overview.CallSubmissions;
import org.plumbline.overview.EventOverview;
import org.plumbline.overview.ReviewedCalls;
import org.plumbline.overview.SessionFill;

/**
 * At a large event the page stays the size of thirty: the calls with most topics, the MCs
 * with most interest and the fullest sessions, each kept in its own order, and the page
 * says how many it leaves to the CSV files.
 */
class OverviewLimitsTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final LocalDate FIRST_DAY = LocalDate.of(2027, 10, 29);

	@Test
	void aLargeEventsPageShowsThirtyOfEachLargeChartInItsOwnOrder() {
		List<CallSubmissions> submissions = new ArrayList<>();
		List<CallProgress> progress = new ArrayList<>();
		List<McAudience> mcs = new ArrayList<>();
		List<SessionFill> sessions = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			submissions.add(new CallSubmissions("Call " + i, null,
					List.of(new CallSubmissions.Tally(LocalDate.of(2027, 8, 1), i, i))));
			progress.add(new CallProgress("Call " + i, i, 0, 0, 0));
			mcs.add(new McAudience(i, "MC " + i, i, Set.of()));
			Instant start = FIRST_DAY.atTime(10, 0).atZone(ZONE).toInstant().plusSeconds(60L * i);
			sessions.add(new SessionFill("Session " + i, "Room", start, start.plusSeconds(3600), i, 100));
		}
		Event event = new Event(1, "big", "Big", FIRST_DAY, FIRST_DAY.plusDays(2), ZONE, null, 0);
		DayChoice allDays = DayChoice.of(event, "");
		// the overview counts only the reviews of the calls the page shows (OverviewTest)
		EventOverview overview = new EventOverview(event, submissions, new ReviewedCalls(progress.subList(10, 40), 10),
				List.of(), allDays.selection().apply(new AudienceMatrix(mcs, Map.of(), Set.of())), sessions);

		OverviewPage page = OverviewPage.of(overview, allDays);

		assertThat(page.submissions().plots()).hasSize(30);
		assertThat(page.submissions().plots().getFirst().call().name()).isEqualTo("Call 11");
		assertThat(page.submissions().hidden()).isEqualTo(10);
		assertThat(page.reviews().calls()).extracting(CallProgress::name).startsWith("Call 11").endsWith("Call 40");
		assertThat(page.reviews().hidden()).isEqualTo(10);
		assertThat(page.audience().matrix().mcs()).hasSize(30).first().extracting(McAudience::title).isEqualTo("MC 40");
		assertThat(page.roomFill().sessions()).hasSize(30)
			.extracting(SessionFill::title)
			.startsWith("Session 11")
			.endsWith("Session 40");
		assertThat(page.roomFill().hidden()).isEqualTo(10);
	}

	@Test
	void aRoomWithNoSeatsIsOverflowedByAnyInterestAndCountsAsFullest() {
		Instant start = FIRST_DAY.atTime(10, 0).atZone(ZONE).toInstant();
		SessionFill virtual = new SessionFill("Streamed", "Online", start, start.plusSeconds(3600), 1, 0);
		SessionFill half = new SessionFill("Half", "Hall", start, start.plusSeconds(3600), 50, 100);

		assertThat(virtual.overflows()).isTrue();
		assertThat(virtual.percent()).isNull();
		assertThat(virtual.percentShown()).isEqualTo("no seats");
		assertThat(half.percentShown()).isEqualTo("50%");
		assertThat(FillChart.of(List.of(half, virtual), List.of(half, virtual), 1).sessions()).containsExactly(virtual);
	}

}
