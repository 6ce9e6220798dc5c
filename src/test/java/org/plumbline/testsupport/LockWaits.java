package org.plumbline.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a race test hold a transaction open exactly until a competing one waits on a lock
 * it holds, so that the test proves the race rather than hoping a pause was long enough.
 * The holder asks for {@link #session} inside its transaction; another thread then calls
 * {@link #awaitBlockedOrDone} before the holder commits. The database's own catalogue
 * answers who waits: PostgreSQL's {@code pg_blocking_pids}, limited to the holder's
 * session so that tests running beside this one on the same server do not count; H2's
 * {@code INFORMATION_SCHEMA.SESSIONS} (one in-memory database per test context).
 * {@link #race} does all of that for two actions.
 */
public final class LockWaits {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final long POLL_MILLIS = 5;

	private LockWaits() {
	}

	/** The database session of the calling thread's transaction. */
	public static long session(JdbcClient jdbc) {
		return isPostgres(jdbc) ? jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single()
				: jdbc.sql("SELECT SESSION_ID()").query(Long.class).single();
	}

	/**
	 * Waits until some session waits for a lock held by {@code holder}, or until the
	 * competing work has finished without waiting (on a database that lets it pass).
	 * @throws AssertionError if neither happens within 30 seconds
	 */
	public static void awaitBlockedOrDone(JdbcClient jdbc, long holder, Future<?> competitor) {
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (!isBlocking(jdbc, holder)) {
			try {
				competitor.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				return;
			}
			catch (TimeoutException stillRunning) {
				if (Instant.now().isAfter(giveUp)) {
					throw new AssertionError("Nothing waited for session " + holder + " within " + PATIENCE);
				}
			}
			catch (ExecutionException failed) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for a lock wait", ex);
			}
		}
	}

	/**
	 * Runs the first action in a transaction that stays open until the second, started
	 * once the first has done its work, waits on one of its locks (or, on a database that
	 * lets it pass, has finished), then commits it: the two overlap every time, not by
	 * chance.
	 * @throws ExecutionException if the first action failed
	 * @throws AssertionError if either took longer than 30 seconds
	 */
	public static <T> Race<T> race(JdbcClient jdbc, TransactionTemplate transactions, Callable<T> first,
			Callable<T> second) throws Exception {
		CountDownLatch firstDone = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		AtomicLong firstSession = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<T> holding = threads.submit(() -> transactions.execute(status -> {
				firstSession.set(session(jdbc));
				T result = call(first);
				firstDone.countDown();
				await(commitFirst);
				return result;
			}));
			await(firstDone);
			Future<T> competing = threads.submit(second);
			awaitBlockedOrDone(jdbc, firstSession.get(), competing);
			boolean secondWaited = !competing.isDone();
			commitFirst.countDown();
			T firstResult = holding.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			try {
				return new Race<>(firstResult, competing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), null,
						secondWaited);
			}
			catch (ExecutionException failed) {
				return new Race<>(firstResult, null, failed.getCause(), secondWaited);
			}
		}
		finally {
			commitFirst.countDown();
			threads.shutdownNow();
		}
	}

	/**
	 * What two racing actions answered; {@code secondWaited} tells whether the second was
	 * still waiting when the first committed.
	 */
	public record Race<T>(T first, T second, Throwable secondFailure, boolean secondWaited) {
	}

	private static <T> T call(Callable<T> action) {
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError("A racing action did not get on within " + PATIENCE);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while a racing action ran", ex);
		}
	}

	private static boolean isBlocking(JdbcClient jdbc, long holder) {
		if (isPostgres(jdbc)) {
			return jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")
				.param(holder)
				.query(Long.class)
				.single() > 0;
		}
		// H2 names the blocker of a row lock, but not of a wait on a unique key that an
		// uncommitted row holds; a writing statement of another session that is still
		// running is then the competitor waiting, as nothing else writes in these tests.
		return jdbc.sql("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS
				WHERE SESSION_ID NOT IN (?, SESSION_ID()) AND (BLOCKER_ID = ? OR (SESSION_STATE = 'RUNNING'
				AND REGEXP_LIKE(EXECUTING_STATEMENT, '^\\s*(INSERT|UPDATE|DELETE|MERGE)|FOR UPDATE', 'i')))""")
			.params(holder, holder)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean isPostgres(JdbcClient jdbc) {
		// H2 names its schemas in upper case, and has no pg_catalog outside PostgreSQL
		// mode
		return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'pg_catalog'")
			.query(Long.class)
			.single() > 0;
	}

}
