package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.schedule.domain.SchedulingRunRepository;
import org.plumbline.schedule.domain.SchedulingRunWorker;
import org.plumbline.schedule.instance.TinyInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The solver runs' tests: {@link EditorWebTest}'s event and team, with the server's own
 * run worker polling once an hour, so that runs are claimed only when a test polls (the
 * server's worker, or workers of its own under other instance ids). Each test starts with
 * no runs, and the server's worker solving none (workers a test makes it closes).
 */
abstract class SchedulingRunWebTest extends EditorWebTest {

	static final String RUNS = GRID + "/runs/";

	/** Long enough that only a stop ends it within a test. */
	static final int LONG_RUN = 600;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@DynamicPropertySource
	static void runsClaimedOnlyWhenATestPolls(DynamicPropertyRegistry registry) {
		registry.add("plumbline.scheduling.poll-interval", () -> "PT1H");
		registry.add("plumbline.instance-id", () -> "test-server");
	}

	@Autowired
	SchedulingRuns runs;

	@Autowired
	SchedulingRunWorker worker;

	@Autowired
	SchedulingRunRepository repository;

	@BeforeEach
	void noRunsLeft() {
		jdbc.sql("UPDATE scheduling_run SET stop_requested = TRUE WHERE state = 'RUNNING'").update();
		// the server's worker has room for one run: an earlier test's must have ended
		await("every run of an earlier test ended",
				() -> count("SELECT COUNT(*) FROM scheduling_run WHERE state = 'RUNNING' AND claimed_by = ?",
						worker.instanceId()) == 0);
		jdbc.sql("DELETE FROM scheduling_run").update();
	}

	SchedulingRun start(String instanceJson, int seconds) {
		return runs.start(organiserId, fixture.event(), new RunRequest(null, 7, seconds, 1), instanceJson, 0);
	}

	SchedulingRun startTiny() {
		return start(TinyInstance.text(TinyInstance.INSTANCE), 1);
	}

	/**
	 * Has the server's worker claim the queued run. A run of an earlier test that the
	 * database shows ended may hold the worker's room a moment longer (its supervisor
	 * frees it after writing the end), so this polls until the claim is made.
	 */
	void claimedByTheServer() {
		await("the server's worker claims the queued run", () -> worker.poll() == 1);
	}

	SchedulingRun run(long id) {
		return runs.find(fixture.event(), id).orElseThrow();
	}

	List<ScorePoint> points(long id) {
		return runs.progress(fixture.event(), id, -1);
	}

	/** A worker of its own, as another instance of the application would have. */
	SchedulingRunWorker otherInstance(String instanceId) {
		return otherInstance(instanceId, clock);
	}

	/** A worker of another instance, whose clock may differ from this one's. */
	SchedulingRunWorker otherInstance(String instanceId, Clock instanceClock) {
		return new SchedulingRunWorker(repository, new TransactionTemplate(transactionManager), instanceClock,
				instanceId, 1);
	}

	/** Claims the queued run as an instance that then dies: it never heartbeats again. */
	void claimedByAnInstanceThatDies(String instanceId) {
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> assertThat(repository.claim(instanceId, clock.instant())).isPresent());
	}

	/** Sets the run's last heartbeat this long before now, by the database's clock. */
	void lastHeardAgo(long runId, Duration silence) {
		jdbc.sql("UPDATE scheduling_run SET heartbeat_at = CURRENT_TIMESTAMP - INTERVAL '%d' SECOND WHERE id = ?"
			.formatted(silence.toSeconds())).param(runId).update();
	}

	/** Waits until the run has ended, and answers it. */
	SchedulingRun awaitEnd(long id) {
		return awaitRun(id, "ended", run -> !run.state().going());
	}

	SchedulingRun awaitRun(long id, String what, Predicate<SchedulingRun> condition) {
		await("run " + id + " " + what, () -> condition.test(run(id)));
		return run(id);
	}

	/** Polls the database until the condition holds; a minute at most. */
	static void await(String what, java.util.function.BooleanSupplier condition) {
		long giveUp = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - giveUp > 0) {
				throw new AssertionError("Waited " + PATIENCE + " in vain for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for: " + what, ex);
			}
		}
	}

}
