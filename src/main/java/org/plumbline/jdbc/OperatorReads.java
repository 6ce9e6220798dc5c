package org.plumbline.jdbc;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of the database for the operators' endpoints (the health check's figures, the
 * metrics' counts), which must answer while the database is away, since that is when they
 * are read most: a read is not tried while {@link DatabaseAvailability} knows the
 * database unreachable, nor again within {@link #FAILURE_KEPT_FOR} of one that failed (so
 * that one health check or scrape waits out the pool's connection time-out once, not once
 * per figure); its statements stop after {@link #STATEMENT_TIME_OUT}; and a failure is
 * thrown as an {@link UnreadableDatabaseException} that says why in words, for the caller
 * to report, while a lost database is handed to {@link DatabaseAvailability} as a failed
 * request's is.
 */
@Component
public class OperatorReads {

	static final Duration STATEMENT_TIME_OUT = Duration.ofSeconds(2);

	/** As long as {@link DatabaseAvailability} takes to ask the database again. */
	static final Duration FAILURE_KEPT_FOR = DatabaseAvailability.PROBE_INTERVAL;

	private static final String CANNOT_BE_REACHED = "the database cannot be reached";

	private final DatabaseAvailability availability;

	private final TransactionTemplate transactions;

	private volatile Failure lastFailure;

	OperatorReads(DatabaseAvailability availability, PlatformTransactionManager transactionManager) {
		this.availability = availability;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.transactions.setTimeout((int) STATEMENT_TIME_OUT.toSeconds());
	}

	/**
	 * The query's answer, read in a read-only transaction of its own.
	 * @throws UnreadableDatabaseException when the database is known to be away, failed a
	 * read a moment ago, or fails this one
	 */
	public <T> T read(Supplier<T> query) {
		if (!availability.isReachable()) {
			throw new UnreadableDatabaseException(CANNOT_BE_REACHED);
		}
		Failure recent = lastFailure;
		if (recent != null && System.nanoTime() - recent.atNanos() < FAILURE_KEPT_FOR.toNanos()) {
			throw new UnreadableDatabaseException(recent.reason());
		}
		try {
			return transactions.execute(status -> query.get());
		}
		catch (RuntimeException failure) {
			String reason = reason(failure);
			lastFailure = new Failure(reason, System.nanoTime());
			if (DatabaseOutages.isOutage(failure)) {
				availability.suspect(failure);
			}
			throw new UnreadableDatabaseException(reason);
		}
	}

	/** Counts that one grouped query answers, for several gauges. */
	public <K> GroupCounts<K> groupCounts(Supplier<Map<K, Long>> query) {
		return new GroupCounts<>(this, query);
	}

	private static String reason(RuntimeException failure) {
		if (DatabaseOutages.isOutage(failure)) {
			return CANNOT_BE_REACHED;
		}
		if (DatabaseOutages.isBusy(failure)) {
			return "no database connection was free in time";
		}
		return "reading the database failed (" + failure.getClass().getSimpleName() + "; statements stop after "
				+ STATEMENT_TIME_OUT.toSeconds() + " s)";
	}

	private record Failure(String reason, long atNanos) {

	}

}
