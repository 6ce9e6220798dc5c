package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 12, point 3, end to end on the event: an organiser starts a run from the
 * scheduling page, a server's worker solves the event's draft, the run's page shows its
 * proposal against the draft, and the organiser applies it (the draft changes and the run
 * is marked applied) or discards it (the draft stays). A run whose draft changed since is
 * told outdated and can still be discarded. Showing the proposal waits for no edit of the
 * draft. {@link EventRunsPostgresTest} runs the same on PostgreSQL.
 */
class EventRunsTest extends SchedulingRunWebTest {

	@Test
	void anOrganiserStartsARunOnTheEventAndAppliesItsProposalFromTheRunsPage() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);

		Document runPage = started(olga);

		assertThat(runPage.getElementById("summary").text()).as("Kim Key attends both: one moves, the other stays")
			.startsWith("1 session changes, 1 stays where it is.");
		assertThat(runPage.getElementById("no_conflicts").text()).isEqualTo("The draft would have no conflicts.");
		long runId = Long
			.parseLong(runPage.getElementById("apply_form").attr("action").replaceAll(".*/runs/(\\d+)/apply", "$1"));

		HttpResponse<String> applied = olga.post(runPage.getElementById("apply_form").attr("action"),
				fields(runPage, "apply_form"));

		assertThat(olga.page(WebClient.location(applied)).getElementById("notice").text())
			.isEqualTo("The scheduler's proposal is applied: 1 moved, 0 placed. It brought in no new conflict.");
		assertThat(sessions().get(0).endsAt()).isBeforeOrEqualTo(sessions().get(1).startsAt());
		assertThat(run(runId).state()).isEqualTo(RunState.APPLIED);
	}

	@Test
	void aRunWhoseDraftChangedSinceIsToldOutdatedAndIsDiscardedLeavingTheDraftAlone() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		Document runPage = started(olga);
		String runPath = runPage.getElementById("discard_form").attr("action").replace("/discard", "");
		fixture.placeMc("tools", "Hall B", "2027-10-30T10:00");

		Document outdated = olga.page(runPath);

		assertThat(outdated.getElementById("proposal_problem").text())
			.startsWith("The draft timetable has changed since this problem was read");
		assertThat(outdated.getElementById("apply_form")).isNull();
		HttpResponse<String> discarded = olga.post(runPath + "/discard", fields(outdated, "discard_form"));
		assertThat(olga.page(WebClient.location(discarded)).getElementById("notice").text())
			.startsWith("Discarded the proposal of run");
		assertThat(sessions()).hasSize(2);
		assertThat(sessions().get(0).startsAt()).isEqualTo(fixture.block("2027-10-29T10:00").startsAt());
	}

	@Test
	void theRunsPageShowsItsProposalWhileAnEditHoldsTheDraftsLockWhichThenCommits() throws Exception {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		Document runPage = started(olga);
		String runPath = runPage.getElementById("apply_form").attr("action").replace("/apply", "");

		Document whileLocked = whileAnEditHoldsTheDraftsLock(() -> olga.page(runPath));

		assertThat(whileLocked.select("#summary").text()).isEqualTo(runPage.select("#summary").text())
			.startsWith("1 session changes");
		assertThat(whileLocked.select("#changes").text()).isEqualTo(runPage.select("#changes").text());
		assertThat(olga.page(runPath).getElementById("proposal_problem").text())
			.as("the edit committed since: the draft is no longer the run's")
			.startsWith("The draft timetable has changed since this problem was read");
	}

	/** Starts a 1-second run from the scheduling page, solves it, and opens its page. */
	private Document started(WebClient olga) {
		HttpResponse<String> start = olga.submit(GRID + "/scheduler", GRID + "/runs",
				Map.of("seconds", "1", "seed", "3", "threads", "1", "day", ""));
		assertThat(start.statusCode()).isEqualTo(302);
		String runPath = WebClient.location(start);
		long runId = Long.parseLong(runPath.substring(runPath.lastIndexOf('/') + 1));
		claimedByTheServer();
		assertThat(awaitEnd(runId).state()).isEqualTo(RunState.FINISHED);
		return olga.page(runPath);
	}

	private static Map<String, String> fields(Document page, String formId) {
		Map<String, String> fields = new LinkedHashMap<>();
		page.getElementById(formId)
			.select("input[name]")
			.forEach(input -> fields.put(input.attr("name"), input.attr("value")));
		return fields;
	}

}
