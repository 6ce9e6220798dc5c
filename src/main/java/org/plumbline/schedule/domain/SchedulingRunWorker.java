package org.plumbline.schedule.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.plumbline.schedule.RunState;
import org.plumbline.schedule.domain.SchedulingRunRepository.ClaimedRun;
import org.plumbline.schedule.instance.InstanceFileException;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.solver.IncompleteSolutionException;
import org.plumbline.schedule.solver.InvalidProblemException;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.SolveResult;
import org.plumbline.schedule.solver.Termination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the queued solver runs, on whichever instance claims them first.
 * <p>
 * <b>Once, with several instances.</b> Each poll first fails the runs whose instance has
 * not been heard of for {@link #SILENT_AFTER} (it died), then claims queued runs while
 * this instance has room ({@code plumbline.scheduling.max-runs}), each in a short
 * transaction of its own with {@code FOR UPDATE SKIP LOCKED}: a run is claimed by one
 * instance, and no instance waits for another's claim.
 * <p>
 * <b>Solved outside any transaction.</b> A claimed run solves on a thread of its own
 * while its supervisor stores each new best score (at most one point per {@link #TICK}),
 * and every {@link #HEARTBEAT} tells the database that the run is alive and how long it
 * has solved, and reads whether an organiser asked it to stop; a stop (an organiser's, or
 * this instance shutting down) ends the solvers' step and the best so far is the result.
 * A run whose solvers had returned when its instance began shutting down finished: it is
 * not labelled stopped by the shutdown. The result (solution, report, best score) is
 * stored as the run ends. A run that cannot be solved fails with its reason in words; an
 * unexpected error is logged with its stack trace and the run fails with a sentence that
 * points to the log.
 * <p>
 * Tests make their own workers (with their own instance ids) and call {@link #poll}.
 */
public class SchedulingRunWorker implements AutoCloseable {

	/**
	 * How long a running run's heartbeat may be silent, by the database's clock, before
	 * its instance is dead; whole seconds.
	 */
	public static final Duration SILENT_AFTER = Duration.ofMinutes(1);

	public static final String SERVER_STOPPED = "The server running it stopped: run it again.";

	static final String UNEXPECTED = "The solver failed unexpectedly; the server's log says why. Run it again.";

	static final Duration TICK = Duration.ofMillis(250);

	static final Duration HEARTBEAT = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(SchedulingRunWorker.class);

	private final SchedulingRunRepository runs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String instanceId;

	private final Semaphore room;

	private final ExecutorService supervisors;

	private final ExecutorService solvers;

	private final Set<RunSolving> supervised = ConcurrentHashMap.newKeySet();

	private volatile boolean closing;

	public SchedulingRunWorker(SchedulingRunRepository runs, TransactionTemplate transactions, Clock clock,
			String instanceId, int maxRuns) {
		if (maxRuns < 1) {
			throw new IllegalArgumentException("plumbline.scheduling.max-runs must be at least 1, not " + maxRuns);
		}
		this.runs = runs;
		this.transactions = transactions;
		this.clock = clock;
		this.instanceId = instanceId;
		this.room = new Semaphore(maxRuns);
		this.supervisors = Executors.newFixedThreadPool(maxRuns, daemons("scheduling-run-"));
		this.solvers = Executors.newFixedThreadPool(maxRuns, daemons("scheduling-solver-"));
	}

	/** The scheduled poll; a failure (the database is away) waits for the next one. */
	@Scheduled(fixedDelayString = "${plumbline.scheduling.poll-interval:PT2S}",
			initialDelayString = "${plumbline.scheduling.poll-interval:PT2S}")
	public void run() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("Polling for solver runs failed: {}", ex.toString());
		}
	}

	/**
	 * Fails the runs of dead instances, then claims queued runs while this instance has
	 * room, and starts solving each.
	 * @return how many runs it claimed
	 */
	public int poll() {
		transactions.executeWithoutResult(status -> {
			int silent = runs.failSilent(SILENT_AFTER, SERVER_STOPPED, clock.instant());
			if (silent > 0) {
				log.warn("Failed {} solver run(s) whose instance has been silent for {}", silent, SILENT_AFTER);
			}
		});
		int claimed = 0;
		while (!closing && room.tryAcquire()) {
			Optional<ClaimedRun> run;
			try {
				run = transactions.execute(status -> runs.claim(instanceId, clock.instant()));
			}
			catch (RuntimeException ex) {
				room.release();
				throw ex;
			}
			if (run.isEmpty()) {
				room.release();
				break;
			}
			claimed++;
			start(run.get());
		}
		return claimed;
	}

	public String instanceId() {
		return instanceId;
	}

	/**
	 * Stops the runs of this instance: each ends stopped with the best timetable found so
	 * far, so that organisers keep what it found and need not wait for
	 * {@link #SILENT_AFTER} to learn that it ended.
	 */
	@Override
	public void close() {
		closing = true;
		supervised.forEach(RunSolving::stopForShutdown);
		supervisors.shutdown();
		try {
			if (!supervisors.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("Solver runs still going at shutdown are failed by the next poll of another instance");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		solvers.shutdownNow();
	}

	private void start(ClaimedRun run) {
		try {
			supervisors.execute(() -> {
				try {
					supervise(run);
				}
				finally {
					room.release();
				}
			});
		}
		catch (RejectedExecutionException shuttingDown) {
			room.release();
			end(run, new RunSolving(), "fail",
					() -> runs.fail(run.id(), instanceId, SERVER_STOPPED, 0, clock.instant()));
		}
	}

	private void supervise(ClaimedRun run) {
		RunSolving solving = new RunSolving();
		SchedulingProblem problem;
		try {
			problem = SchedulingFiles.readInstance(run.instanceJson().getBytes(StandardCharsets.UTF_8));
		}
		catch (InstanceFileException unreadable) {
			end(run, solving, "fail",
					() -> runs.fail(run.id(), instanceId, unreadable.getMessage(), 0, clock.instant()));
			return;
		}
		supervised.add(solving);
		try {
			Future<SolveResult> result = solvers
				.submit(() -> solving.solved(ScheduleSolver.solve(problem, Termination.seconds(run.seconds()),
						run.seed(), run.threads(), solving.best(), solving.stopSignal())));
			watch(run, solving, result);
		}
		catch (RuntimeException ex) {
			log.error("Solver run {} failed", run.id(), ex);
			end(run, solving, "fail",
					() -> runs.fail(run.id(), instanceId, UNEXPECTED, solving.spentMillis(), clock.instant()));
		}
		finally {
			supervised.remove(solving);
		}
	}

	/** Stores points and heartbeats until the solve ends, then its outcome. */
	private void watch(ClaimedRun run, RunSolving solving, Future<SolveResult> result) {
		long nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
		while (true) {
			try {
				SolveResult solved = result.get(TICK.toMillis(), TimeUnit.MILLISECONDS);
				storePoints(run, solving);
				store(run, solving, solved);
				return;
			}
			catch (TimeoutException stillSolving) {
				// store what is new, and heartbeat when due
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				solving.stopSignal().stop();
				end(run, solving, "fail",
						() -> runs.fail(run.id(), instanceId, SERVER_STOPPED, solving.spentMillis(), clock.instant()));
				return;
			}
			catch (ExecutionException failed) {
				fail(run, solving, failed.getCause());
				return;
			}
			storePoints(run, solving);
			if (System.nanoTime() - nextHeartbeat >= 0) {
				nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
				heartbeat(run, solving);
			}
			if (closing) {
				solving.stopForShutdown();
			}
		}
	}

	private void heartbeat(ClaimedRun run, RunSolving solving) {
		try {
			Optional<Boolean> stopAsked = transactions
				.execute(status -> runs.heartbeat(run.id(), instanceId, solving.spentMillis()));
			if (stopAsked.isEmpty()) {
				log.warn("Solver run {} is no longer this instance's ({}): stopping it", run.id(), instanceId);
				solving.lost();
			}
			else if (stopAsked.get()) {
				solving.stopAsked();
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the solver goes on, and the next heartbeat tries
			// again
			log.warn("Heartbeat of solver run {} failed: {}", run.id(), ex.toString());
		}
	}

	private void storePoints(ClaimedRun run, RunSolving solving) {
		if (solving.isLost()) {
			return;
		}
		solving.takeNewBest().ifPresent(point -> {
			try {
				transactions.executeWithoutResult(status -> runs.addPoint(run.id(), point));
			}
			catch (RuntimeException ex) {
				log.warn("Progress of solver run {} not stored: {}", run.id(), ex.toString());
			}
		});
	}

	private void store(ClaimedRun run, RunSolving solving, SolveResult solved) {
		if (solving.isLost()) {
			return;
		}
		String solution = new String(SchedulingFiles.writeSolution(solved.placements()), StandardCharsets.UTF_8);
		String report = new String(SchedulingFiles.writeReport(solved.report()), StandardCharsets.UTF_8);
		RunState state = solving.isStopAsked() || solving.isStoppedByShutdown() ? RunState.STOPPED : RunState.FINISHED;
		end(run, solving, state.name().toLowerCase(Locale.ROOT), () -> runs.finish(run.id(), instanceId, state,
				solution, report, solved.score().toString(), solving.spentMillis(), clock.instant()));
	}

	private void fail(ClaimedRun run, RunSolving solving, Throwable cause) {
		String error;
		if (cause instanceof InvalidProblemException || cause instanceof IncompleteSolutionException) {
			error = cause.getMessage();
		}
		else {
			log.error("Solver run {} failed", run.id(), cause);
			error = UNEXPECTED;
		}
		end(run, solving, "fail", () -> runs.fail(run.id(), instanceId, error, solving.spentMillis(), clock.instant()));
	}

	/**
	 * Writes a run's end in a transaction of its own; tells when it was no longer ours.
	 */
	private void end(ClaimedRun run, RunSolving solving, String what, BooleanSupplier write) {
		boolean written;
		try {
			written = Boolean.TRUE.equals(transactions.execute(status -> write.getAsBoolean()));
		}
		catch (RuntimeException ex) {
			log.error("Could not {} solver run {}: the next poll of any instance fails it once its heartbeat is "
					+ "silent", what, run.id(), ex);
			return;
		}
		if (!written) {
			log.warn("Solver run {} was no longer this instance's ({}) when it ended after {} ms", run.id(), instanceId,
					solving.spentMillis());
		}
	}

	private static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
