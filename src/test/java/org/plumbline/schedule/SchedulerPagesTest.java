package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.TalkPlacement;
import org.plumbline.schedule.solver.Termination;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 12, points 3 and 4, as an organiser uses them: the scheduling page offers the
 * event's problem as an instance file, reads a solution file back as a proposal shown
 * against the draft with its conflicts, and applies it; sessions are pinned from the
 * grid. Leads and others are told the pages do not exist.
 */
class SchedulerPagesTest extends EditorWebTest {

	static final String SCHEDULER = GRID + "/scheduler";

	@Test
	void anOrganiserDownloadsTheProblemSolvesItAndAppliesTheSolutionAsAProposal() {
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(SCHEDULER).select("h1").text()).isEqualTo("Scheduler");
		HttpResponse<byte[]> download = olga.getBytes(SCHEDULER + "/instance.json");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"sched_conf-scheduling-instance.json\"");
		SchedulingProblem problem = SchedulingFiles.readInstance(download.body());
		byte[] solution = SchedulingFiles
			.writeSolution(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).placements());

		Document proposal = Jsoup.parse(upload(olga, "", solution).body());

		assertThat(proposal.select("h1").text()).isEqualTo("The scheduler's proposal");
		assertThat(proposal.getElementById("summary").text()).startsWith("2 sessions change, 0 stay where they are.");
		assertThat(proposal.select("#changes tbody th").eachText()).containsExactlyInAnyOrder("Kernel MC", "Tools MC");
		assertThat(proposal.select("#changes tbody td:nth-of-type(1)").eachText()).containsOnly("not placed");
		assertThat(proposal.getElementById("no_conflicts").text()).isEqualTo("The draft would have no conflicts.");
		assertThat(sessions()).as("nothing changes before the organiser applies it").isEmpty();

		Map<String, String> apply = new LinkedHashMap<>();
		proposal.select("#apply_form input[name]").forEach(input -> apply.put(input.attr("name"), input.attr("value")));
		HttpResponse<String> applied = olga.post(proposal.getElementById("apply_form").attr("action"), apply);
		assertThat(applied.statusCode()).isEqualTo(302);
		Document grid = olga.page(WebClient.location(applied));

		assertThat(grid.getElementById("notice").text())
			.isEqualTo("The scheduler's proposal is applied: 0 moved, 2 placed. It brought in no new conflict.");
		assertThat(sessions()).hasSize(2);
	}

	@Test
	void eachDayChoiceOffersEveryDayOfTheEventInOrder() {
		Document page = signedIn(ORGANISER).page(SCHEDULER);

		for (String choice : List.of("#run_day", "#instance_day", "#solution_day")) {
			assertThat(page.select(choice + " option").eachText()).as(choice)
				.containsExactly("Every day", "Friday, 2027-10-29", "Saturday, 2027-10-30", "Sunday, 2027-10-31",
						"Monday, 2027-11-01");
		}
	}

	@Test
	void anUploadedSolutionIsShownWhileAnEditHoldsTheDraftsLock() throws Exception {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);
		SchedulingProblem problem = SchedulingFiles.readInstance(olga.getBytes(SCHEDULER + "/instance.json").body());
		byte[] solution = SchedulingFiles
			.writeSolution(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).placements());

		HttpResponse<String> shown = whileAnEditHoldsTheDraftsLock(() -> upload(olga, "", solution));

		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(shown.body()).getElementById("summary").text())
			.startsWith("1 session changes, 1 stays where it is.");
	}

	@Test
	void aSolutionFileThatIsNotOneOrNamesUnknownSessionsIsToldInWordsAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> notJson = upload(olga, "", "this is not json".getBytes(StandardCharsets.UTF_8));
		assertThat(notJson.statusCode()).isEqualTo(302);
		assertThat(olga.page(WebClient.location(notJson)).getElementById("problem").text())
			.as("the reader's words end their sentence before the next")
			.matches("The solution cannot be read against the draft: malformed JSON: .*\\)\\. Nothing was changed\\.");

		byte[] unknown = SchedulingFiles
			.writeSolution(List.of(new TalkPlacement("mc-someone-else", "2027-10-29 10:00", "Hall A", 0)));
		HttpResponse<String> refused = upload(olga, "", unknown);
		assertThat(olga.page(WebClient.location(refused)).getElementById("problem").text())
			.startsWith("The solution places an MC that the draft has placed or dropped since. ")
			.endsWith(" Nothing was changed.");
		assertThat(sessions()).isEmpty();
	}

	@Test
	void aSolutionOfAProblemExportedBeforeAnMcWasPlacedIsRefusedAskingForANewExport() {
		WebClient olga = signedIn(ORGANISER);
		SchedulingProblem problem = SchedulingFiles.readInstance(olga.getBytes(SCHEDULER + "/instance.json").body());
		byte[] solution = SchedulingFiles
			.writeSolution(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).placements());
		fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");

		HttpResponse<String> refused = upload(olga, "", solution);

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(olga.page(WebClient.location(refused)).getElementById("problem").text())
			.isEqualTo("The solution places an MC that the draft has placed or dropped since. Its problem was read "
					+ "from an older draft: export the problem again and solve that, or start a new run. "
					+ "Nothing was changed.");
		assertThat(sessions()).hasSize(1);
	}

	@Test
	void aWholeEventsSolutionUploadedWithOneDayChosenIsToldWhichDaysToChoose() {
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall A", "2027-10-30T10:00");
		List<TimetableSession> before = sessions();
		WebClient olga = signedIn(ORGANISER);
		SchedulingProblem problem = SchedulingFiles.readInstance(olga.getBytes(SCHEDULER + "/instance.json").body());
		byte[] solution = SchedulingFiles
			.writeSolution(ScheduleSolver.solve(problem, Termination.steps(50), 1, 1).placements());

		HttpResponse<String> refused = upload(olga, "2027-10-30", solution);

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(olga.page(WebClient.location(refused)).getElementById("problem").text())
			.isEqualTo("This solution covers other days than Saturday, 2027-10-30, the day chosen: choose “Every day” "
					+ "as the days it covers and upload it again. Nothing was changed.");
		assertThat(sessions()).isEqualTo(before);
		assertThat(Jsoup.parse(upload(olga, "", solution).body()).select("h1").text())
			.isEqualTo("The scheduler's proposal");
	}

	@Test
	void anOrganiserPinsASessionFromTheGridAndTheProblemPinsIt() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		WebClient olga = signedIn(ORGANISER);

		Document grid = postAndFollow(olga, GRID + "/sessions/pin", "session", id(kernel), "pinned", "true");

		assertThat(grid.getElementById("notice").text())
			.startsWith("The session is pinned: the scheduler leaves it where it is.");
		assertThat(grid.select("#pin_" + kernel + " .pinned-label").text())
			.isEqualTo("Pinned: the scheduler leaves it here.");
		SchedulingProblem problem = SchedulingFiles.readInstance(olga.getBytes(SCHEDULER + "/instance.json").body());
		assertThat(problem.talks()).filteredOn(talk -> talk.track().equals("mc-kernel"))
			.singleElement()
			.satisfies(talk -> assertThat(talk.pinned()).isNotNull());
		assertThat(post(olga, GRID + "/sessions/pin", "session", id(kernel), "pinned", "maybe").statusCode())
			.isEqualTo(400);
	}

	@Test
	void leadsAndUsersAreToldTheSchedulerPagesDoNotExist() {
		for (String who : List.of(LEAD_KERNEL, USER)) {
			WebClient client = signedIn(who);
			assertThat(client.get(SCHEDULER).statusCode()).isEqualTo(404);
			assertThat(client.getBytes(SCHEDULER + "/instance.json").statusCode()).isEqualTo(404);
			assertThat(post(client, GRID + "/scheduler/apply", "day", "", "solution", "{}").statusCode())
				.isEqualTo(404);
		}
	}

	private HttpResponse<String> upload(WebClient client, String day, byte[] solution) {
		String token = client.page(SCHEDULER).select("#solution_form input[name=_csrf]").attr("value");
		return client.postMultipart(SCHEDULER + "/solution", Map.of("_csrf", token, "day", day), "solution",
				"solution.json", solution);
	}

}
