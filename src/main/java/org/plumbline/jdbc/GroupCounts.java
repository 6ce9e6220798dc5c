package org.plumbline.jdbc;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts by group (a status, a state) that one grouped query answers, read by several
 * gauges: one query per scrape for all of them, rather than one per gauge, each of which
 * would wait out the pool's connection time-out while the database is away. A scrape
 * reads each gauge once, so the query runs again when a gauge is read a second time (the
 * next scrape), never on a timer. A gauge reads NaN, which Prometheus takes for no value,
 * when the query got no answer ({@link OperatorReads}), so that a scrape during an outage
 * still carries every metric that lives in memory.
 */
public final class GroupCounts<K> {

	private final OperatorReads reads;

	private final Supplier<Map<K, Long>> query;

	private final BitSet readSinceTheQuery = new BitSet();

	private int gauges;

	private boolean queried;

	/** The query's answer, or {@code null} if it got none. */
	private Map<K, Long> counts;

	GroupCounts(OperatorReads reads, Supplier<Map<K, Long>> query) {
		this.reads = reads;
		this.query = query;
	}

	/** A gauge's value: how many are in the group (0 when the answer leaves it out). */
	public Supplier<Number> of(K group) {
		return sumOf(List.of(group));
	}

	/** A gauge's value: how many are in the groups together. */
	public synchronized Supplier<Number> sumOf(Collection<K> groups) {
		int gauge = gauges++;
		List<K> summed = List.copyOf(groups);
		return () -> read(gauge, summed);
	}

	private synchronized double read(int gauge, List<K> groups) {
		if (!queried || readSinceTheQuery.get(gauge)) {
			readSinceTheQuery.clear();
			queried = true;
			try {
				counts = reads.read(query);
			}
			catch (UnreadableDatabaseException unread) {
				counts = null;
			}
		}
		readSinceTheQuery.set(gauge);
		if (counts == null) {
			return Double.NaN;
		}
		return groups.stream().mapToLong(group -> counts.getOrDefault(group, 0L)).sum();
	}

}
