package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.schedule.domain.SchedulingRunWorker;
import org.plumbline.schedule.instance.InstanceFileException;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.instance.TinyInstance;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.Termination;
import org.plumbline.testsupport.WebClient;
import org.plumbline.validation.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Issue 12, point 3: a solver run is queued by an organiser, claimed and solved in the
 * background, followed on its page (a progress bar and the best score over time, pushed
 * as Server-Sent Events), stopped with its best result so far, and applied or discarded
 * once. One run at a time per event; a run whose server shuts down ends stopped with its
 * result, one whose server died fails; organisers only.
 * {@link SchedulingRunsPostgresTest} runs the same on PostgreSQL.
 */
class SchedulingRunsTest extends SchedulingRunWebTest {

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Test
	void aRunOnTheTinyInstanceIsClaimedSolvedAndFinishedWithItsSolutionReportAndProgress() {
		SchedulingRun queued = startTiny();
		assertThat(queued.state()).isEqualTo(RunState.QUEUED);
		assertThat(queued.requestedByName()).isEqualTo("Olga Organiser");

		claimedByTheServer();
		SchedulingRun run = awaitEnd(queued.id());

		assertThat(run.state()).isEqualTo(RunState.FINISHED);
		assertThat(run.claimedBy()).isEqualTo("test-server");
		assertThat(run.hasResult()).isTrue();
		RunFiles files = runs.files(fixture.event(), run.id()).orElseThrow();
		assertThat(SchedulingFiles.readSolution(files.solutionJson().getBytes(StandardCharsets.UTF_8)))
			.extracting(placement -> placement.talk())
			.containsExactlyInAnyOrder("kernel-1", "kernel-2", "rust-1");
		assertThat(runs.report(fixture.event(), run.id()).orElseThrow().score().toString()).isEqualTo(run.bestScore());
		List<ScorePoint> points = points(run.id());
		assertThat(points).isNotEmpty();
		assertThat(points.getLast().score()).as("the last point is the result's score").isEqualTo(run.bestScore());
		assertThat(points).extracting(ScorePoint::position).isSorted();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'scheduling-run' AND action = "
				+ "'started' AND object_id = ?", Long.toString(run.id())))
			.isEqualTo(1);
	}

	@Test
	void theSchedulerPageListsEachRunWithItsDaysBestScoreAndStateSoOrganisersCompareThem() {
		SchedulingRun finished = startTiny();
		claimedByTheServer();
		String bestScore = awaitEnd(finished.id()).bestScore();
		SchedulingRun queued = startTiny();

		Document page = signedIn(ORGANISER).page(GRID + "/scheduler");

		assertThat(page.select("#runs tbody tr")).extracting(row -> row.id())
			.as("the latest first")
			.containsExactly("run_" + queued.id(), "run_" + finished.id());
		assertThat(bestScore).isNotNull();
		assertThat(page.select("#run_" + finished.id() + " td").eachText()).containsExactly("every day", bestScore,
				"Finished: the solver used all its time.");
		assertThat(page.select("#run_" + queued.id() + " td").eachText()).containsExactly("every day", "none yet",
				"Waiting for a server to start it.");
	}

	@Test
	void theEndedRunsPageTellsItsStateAndItsReportWithHardViolationsFirst() {
		String kernelAvoidsEveryBlock = TinyInstance.replaced(
				TinyInstance.with(TinyInstance.INSTANCE, "\"TRACK_BLOCK\": {\"level\": \"SOFT\", \"weight\": 0}",
						"\"TRACK_BLOCK\": {\"level\": \"HARD\", \"weight\": 1}"),
				"\"trackBlocks\": [",
				"\"trackBlocks\": [{\"subject\": \"kernel\", \"target\": \"mon-am\", \"penalty\": 5}, ");
		SchedulingRun run = start(kernelAvoidsEveryBlock, 1);
		claimedByTheServer();
		awaitEnd(run.id());

		Document page = signedIn(ORGANISER).page(RUNS + run.id());

		assertThat(page.select("#run_state").text()).isEqualTo("Finished: the solver used all its time.");
		assertThat(page.select("#run_seconds").text()).isEqualTo("1 s");
		assertThat(page.select("#run_day_label").text() + " " + page.select("#run_day").text())
			.isEqualTo("Sessions it places on every day");
		assertThat(page.select("#run_requested_by").text())
			.startsWith("Olga Organiser, 2027-10-01 11:00 Europe/Berlin");
		assertThat(page.select("#score_points tbody tr")).hasSize(points(run.id()).size());
		assertThat(page.select("#stop_button")).as("an ended run has nothing to stop").isEmpty();
		assertThat(page.select("#run_report tbody tr")).hasSize(ScheduleConstraint.values().length);
		assertThat(page.select("#run_report tbody tr").first().select("td").eachText())
			.as("the kernel track is penalised in every block, made hard: its violation comes first")
			.startsWith("Track block preference", "hard", "1");
		assertThat(page.select("#run_report tbody tr").first().className()).isEqualTo("report-hard");
	}

	@Test
	void aSecondStartWhileOneIsGoingIsRefusedInWordsAndAStoppedOneMakesRoom() {
		SchedulingRun first = startTiny();

		assertThatThrownBy(this::startTiny).isInstanceOf(TimetableRefusedException.class)
			.hasMessage("A run is already going for this event: stop it or wait for it.");
		assertThat(runs.ofEvent(fixture.event())).extracting(SchedulingRun::id).containsExactly(first.id());

		assertThat(runs.requestStop(organiserId, fixture.event(), first.id())).isTrue();
		assertThat(run(first.id()).state()).as("stopped before any server claimed it").isEqualTo(RunState.STOPPED);
		assertThat(run(first.id()).stateWords()).isEqualTo("Stopped before it began.");
		assertThat(worker.poll()).as("a stopped run is never claimed").isZero();
		SchedulingRun second = startTiny();
		assertThat(runs.ofEvent(fixture.event())).extracting(SchedulingRun::id)
			.containsExactly(second.id(), first.id());
	}

	@Test
	void theStopButtonEndsALongRunAsStoppedWithTheBestResultSoFar() {
		SchedulingRun run = start(TinyInstance.text(TinyInstance.SMALL_CONFERENCE), LONG_RUN);
		claimedByTheServer();
		awaitRun(run.id(), "has a best score", running -> !points(running.id()).isEmpty());
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> stop = olga.postWithToken(RUNS + run.id() + "/stop", Map.of());

		assertThat(stop.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(stop)).isEqualTo(RUNS + run.id());
		SchedulingRun stopped = awaitEnd(run.id());
		assertThat(stopped.state()).isEqualTo(RunState.STOPPED);
		assertThat(stopped.hasResult()).isTrue();
		assertThat(stopped.bestScore()).isEqualTo(points(run.id()).getLast().score());
		assertThat(olga.page(RUNS + run.id()).select("#run_state").text())
			.isEqualTo("Stopped: the result is the best timetable found until then.");
		assertThat(olga.postWithToken(RUNS + run.id() + "/stop", Map.of()).statusCode()).isEqualTo(302);
		assertThat(olga.page(RUNS + run.id()).select("#notice").text()).isEqualTo("The run had already ended.");
	}

	@Test
	void aRunWhoseServerShutsDownEndsStoppedWithTheBestResultSoFar() {
		SchedulingRun run = start(TinyInstance.text(TinyInstance.SMALL_CONFERENCE), LONG_RUN);
		SchedulingRunWorker shuttingDown = otherInstance("a-server-shutting-down");
		try {
			assertThat(shuttingDown.poll()).isEqualTo(1);
			awaitRun(run.id(), "has a best score", running -> !points(running.id()).isEmpty());
		}
		finally {
			shuttingDown.close();
		}

		SchedulingRun stopped = awaitEnd(run.id());
		assertThat(stopped.state()).isEqualTo(RunState.STOPPED);
		assertThat(stopped.error()).isNull();
		assertThat(stopped.hasResult()).isTrue();
		assertThat(stopped.bestScore()).isEqualTo(points(run.id()).getLast().score());
		assertThat(signedIn(ORGANISER).page(RUNS + run.id()).select("#run_state").text())
			.isEqualTo("Stopped when its server shut down: the result is the best timetable found until then.");
		assertThat(startTiny().state()).as("the event may run again").isEqualTo(RunState.QUEUED);
	}

	@Test
	void anInstanceSolvesNoMoreRunsAtOnceThanItHasRoomFor() {
		SchedulingRun running = start(TinyInstance.text(TinyInstance.SMALL_CONFERENCE), LONG_RUN);
		claimedByTheServer();
		long otherEvent = otherEvent().id();
		long waiting = repository.insert(otherEvent, new RunRequest(null, 1, 1, 1),
				TinyInstance.text(TinyInstance.INSTANCE), 0, organiserId, clock.instant());

		assertThat(worker.poll()).as("room for one run at once (plumbline.scheduling.max-runs)").isZero();
		assertThat(repository.find(otherEvent, waiting).orElseThrow().state()).isEqualTo(RunState.QUEUED);

		runs.requestStop(organiserId, fixture.event(), running.id());
		awaitEnd(running.id());
		await("the server's worker has room again", () -> worker.poll() == 1);
		assertThat(repository.find(otherEvent, waiting).orElseThrow().claimedBy()).isEqualTo("test-server");
	}

	@Test
	void theProgressStreamSendsEachPointAndEndsWhenTheRunEnds() {
		SchedulingRun run = startTiny();
		claimedByTheServer();

		HttpResponse<String> stream = signedIn(ORGANISER).get(RUNS + run.id() + "/progress", "text/event-stream");

		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
		List<ScorePoint> points = points(run.id());
		assertThat(stream.body()).contains("event:point\nid:" + points.getLast().position() + "\n")
			.contains("event:end\ndata:{\"state\":\"FINISHED\"");
		assertThat(stream.body().split("event:point", -1)).hasSize(points.size() + 1);
	}

	@Test
	void aRunningRunWhoseServerFellSilentFailsAtAnyInstancesNextPoll() {
		SchedulingRun run = startTiny();
		claimedByAnInstanceThatDies("a-server-that-dies");
		lastHeardAgo(run.id(), SchedulingRunWorker.SILENT_AFTER.minusSeconds(30));
		assertThat(worker.poll()).isZero();
		assertThat(run(run.id()).state()).as("silent for less than a minute is not yet dead")
			.isEqualTo(RunState.RUNNING);

		lastHeardAgo(run.id(), SchedulingRunWorker.SILENT_AFTER.plusSeconds(1));
		worker.poll();

		SchedulingRun failed = run(run.id());
		assertThat(failed.state()).isEqualTo(RunState.FAILED);
		assertThat(failed.stateWords()).isEqualTo("Failed: The server running it stopped: run it again.");
		assertThat(startTiny().state()).as("the event may run again").isEqualTo(RunState.QUEUED);
	}

	@Test
	void aBadInstanceFailsTheRunWithTheReadersWordsAndAnInvalidProblemWithTheSolversWords() {
		String notAnInstance = "{\"format\": \"something else\"}";
		SchedulingRun unreadable = start(notAnInstance, 1);
		claimedByTheServer();
		assertThat(awaitEnd(unreadable.id()).error()).isEqualTo(readerWords(notAnInstance));

		String unknownTrack = TinyInstance.with(TinyInstance.INSTANCE, "\"track\": \"rust\"", "\"track\": \"python\"");
		SchedulingRun invalid = start(unknownTrack, 1);
		claimedByTheServer();
		SchedulingRun failed = awaitEnd(invalid.id());
		assertThat(failed.state()).isEqualTo(RunState.FAILED);
		assertThat(failed.error()).isEqualTo(solverWords(unknownTrack)).doesNotContain("Exception");
	}

	@Test
	void aResultIsAppliedOrDiscardedOnceFromTheVersionThePageShowed() {
		SchedulingRun run = startTiny();
		assertThatThrownBy(() -> runs.markApplied(organiserId, fixture.event(), run.id(), run(run.id()).version()))
			.as("nothing to apply yet")
			.isInstanceOf(TimetableRefusedException.class);
		claimedByTheServer();
		SchedulingRun finished = awaitEnd(run.id());

		assertThatThrownBy(() -> runs.markDiscarded(organiserId, fixture.event(), run.id(), finished.version() - 1))
			.isInstanceOf(OptimisticLockingFailureException.class);
		runs.markApplied(organiserId, fixture.event(), run.id(), finished.version());

		assertThat(run(run.id()).state()).isEqualTo(RunState.APPLIED);
		assertThatThrownBy(() -> runs.markDiscarded(organiserId, fixture.event(), run.id(), run(run.id()).version()))
			.isInstanceOf(TimetableRefusedException.class);
	}

	@Test
	void onlyTheEventsOrganisersSeeStartOrStopARun() {
		SchedulingRun run = startTiny();
		for (String who : List.of(LEAD_KERNEL, USER)) {
			WebClient client = signedIn(who);
			assertThat(client.get(RUNS + run.id()).statusCode()).as(who).isEqualTo(404);
			assertThat(client.get(RUNS + run.id() + "/progress").statusCode()).as(who).isEqualTo(404);
			assertThat(client.postWithToken(RUNS + run.id() + "/stop", Map.of()).statusCode()).as(who).isEqualTo(404);
		}
		assertThat(WebClient.browser(port).get(RUNS + run.id()).statusCode()).as("anonymous").isEqualTo(302);
		assertThat(signedIn(ORGANISER).get(RUNS + (run.id() + 1000)).statusCode()).as("no such run").isEqualTo(404);
		assertThat(run(run.id()).state()).isEqualTo(RunState.QUEUED);
		assertThatThrownBy(() -> runs.requestStop(leadKernelId, fixture.event(), run.id()))
			.isInstanceOf(TimetableNotFoundException.class);
		assertThatThrownBy(() -> runs.start(leadKernelId, fixture.event(), new RunRequest(null, 1, 1, 1), "{}", 0))
			.isInstanceOf(TimetableNotFoundException.class);
		Event another = new Event(fixture.event().id() + 1000, "another", "Another", fixture.event().startDate(),
				fixture.event().endDate(), fixture.event().timeZone(), null, 0);
		assertThat(runs.find(another, run.id())).as("another event's run is not found").isEmpty();
	}

	@Test
	void aRequestOutOfRangeIsRefusedFieldByField() {
		Event event = fixture.event();

		assertThatThrownBy(() -> RunRequest.read(event, "2027-11-02", "x", "0", "9")).isInstanceOfSatisfying(
				InvalidFields.class,
				invalid -> assertThat(invalid.messages()).containsOnlyKeys("day", "seed", "seconds", "threads")
					.containsEntry("day", "Choose a day from 2027-10-29 to 2027-11-01, or every day.")
					.containsEntry("seconds", "Give a number of seconds from 1 to 3600 (an hour).")
					.containsEntry("threads", "Give from 1 to 8 solvers side by side."));
		assertThat(RunRequest.read(event, "2027-10-30", "", "60", "2"))
			.isEqualTo(new RunRequest(java.time.LocalDate.of(2027, 10, 30), 0, 60, 2));
		assertThatThrownBy(() -> runs.start(organiserId, event, new RunRequest(null, 1, 0, 1), "{}", 0))
			.isInstanceOf(InvalidFields.class);
		assertThat(runs.ofEvent(event)).isEmpty();
	}

	/** A second event, without rooms or organisers, for runs of another event. */
	private Event otherEvent() {
		return events.findBySlug("runs_other")
			.orElseGet(() -> setup.create(new NewEvent("runs_other", "Other Runs Conference",
					fixture.event().startDate(), fixture.event().endDate(), fixture.event().timeZone(), null, List.of(),
					List.of(), List.of(), List.of())));
	}

	private static String readerWords(String instance) {
		try {
			SchedulingFiles.readInstance(instance.getBytes(StandardCharsets.UTF_8));
		}
		catch (InstanceFileException refused) {
			return refused.getMessage();
		}
		throw new AssertionError("the reader took " + instance);
	}

	private static String solverWords(String instance) {
		try {
			ScheduleSolver.solve(SchedulingFiles.readInstance(instance.getBytes(StandardCharsets.UTF_8)),
					Termination.steps(1), 0, 1);
		}
		catch (InvalidProblemException refused) {
			return refused.getMessage();
		}
		throw new AssertionError("the solver took " + instance);
	}

}
