package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plumbline.schedule.domain.SchedulingRunWorker;
import org.plumbline.schedule.instance.TinyInstance;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, point 3: with two instances polling the same database, a run is claimed by
 * one of them and solved once; an instance never waits for another's claim; and instances
 * whose clocks differ by far more than a heartbeat's silence neither fail a live run nor
 * keep a dead one. {@link SchedulingRunClaimPostgresTest} runs the same on PostgreSQL,
 * whose {@code FOR UPDATE SKIP LOCKED} production uses.
 */
class SchedulingRunClaimTest extends SchedulingRunWebTest {

	@Test
	void twoInstancesPollingAtOnceSolveEachRunOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (SchedulingRunWorker a = otherInstance("instance-a"); SchedulingRunWorker b = otherInstance("instance-b")) {
			for (int round = 0; round < 3; round++) {
				SchedulingRun run = startTiny();
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> claimedByA = threads.submit(() -> {
					together.await();
					return a.poll();
				});
				Future<Integer> claimedByB = threads.submit(() -> {
					together.await();
					return b.poll();
				});

				assertThat(claimedByA.get(30, TimeUnit.SECONDS) + claimedByB.get(30, TimeUnit.SECONDS))
					.as("round %d: claims", round)
					.isEqualTo(1);
				SchedulingRun solved = awaitEnd(run.id());
				assertThat(solved.state()).isEqualTo(RunState.FINISHED);
				assertThat(solved.claimedBy()).isIn("instance-a", "instance-b");
				assertThat(a.poll() + b.poll()).as("nothing is left to claim").isZero();
				assertThat(points(run.id())).as("one solver's points, each position once")
					.isNotEmpty()
					.extracting(ScorePoint::position)
					.doesNotHaveDuplicates();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aLiveRunOfAnInstanceWhoseClockIsBehindIsNotFailedByOneWhoseClockIsAhead() {
		SchedulingRun run = start(TinyInstance.text(TinyInstance.SMALL_CONFERENCE), LONG_RUN);
		try (SchedulingRunWorker behind = otherInstance("clock-behind", skewed(Duration.ofHours(-1)));
				SchedulingRunWorker ahead = otherInstance("clock-ahead", skewed(Duration.ofHours(1)))) {
			assertThat(behind.poll()).isEqualTo(1);
			awaitRun(run.id(), "has a best score", running -> !points(running.id()).isEmpty());

			assertThat(ahead.poll()).isZero();

			SchedulingRun live = run(run.id());
			assertThat(live.state()).as("its heartbeat is fresh by the database's clock").isEqualTo(RunState.RUNNING);
			assertThat(live.claimedBy()).isEqualTo("clock-behind");
		}
		assertThat(awaitEnd(run.id()).state()).as("stopped by its own instance shutting down")
			.isEqualTo(RunState.STOPPED);
	}

	@Test
	void aDeadRunIsFailedByAnInstanceWhoseClockIsBehind() {
		SchedulingRun run = startTiny();
		claimedByAnInstanceThatDies("a-server-that-dies");
		lastHeardAgo(run.id(), SchedulingRunWorker.SILENT_AFTER.plusMinutes(1));

		try (SchedulingRunWorker behind = otherInstance("clock-behind", skewed(Duration.ofHours(-1)))) {
			assertThat(behind.poll()).as("nothing queued to claim").isZero();
		}

		SchedulingRun failed = run(run.id());
		assertThat(failed.state()).as("silent for two minutes by the database's clock").isEqualTo(RunState.FAILED);
		assertThat(failed.error()).isEqualTo(SchedulingRunWorker.SERVER_STOPPED);
	}

	@Test
	void aRunBeingClaimedByOneInstanceIsSkippedNotWaitedForByAnother() throws Exception {
		SchedulingRun run = startTiny();
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try (SchedulingRunWorker other = otherInstance("instance-b")) {
			Future<?> holder = threads
				.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
					assertThat(repository.claim("instance-a", clock.instant())).isPresent();
					claimed.countDown();
					await("the other instance polled", () -> release.getCount() == 0);
				}));
			assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

			int claimedByOther = other.poll();
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);

			assertThat(claimedByOther).as("the row being claimed is skipped").isZero();
			assertThat(run(run.id()).claimedBy()).isEqualTo("instance-a");
			assertThat(run(run.id()).state()).isEqualTo(RunState.RUNNING);
		}
		finally {
			threads.shutdownNow();
			// instance-a was only a transaction: nobody solves its run
			jdbc.sql("DELETE FROM scheduling_run WHERE id = ?").param(run.id()).update();
		}
	}

	/** The clock of an instance whose time is off from the database's by this much. */
	private static Clock skewed(Duration offset) {
		return Clock.offset(Clock.systemUTC(), offset);
	}

}
