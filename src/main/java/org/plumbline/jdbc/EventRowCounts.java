package org.plumbline.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How much of each kind an event holds, each kind counted by a query whose one parameter
 * is the event's id; what the features' {@code *Backups.notInEventFile} answer.
 */
public final class EventRowCounts {

	private final JdbcClient jdbc;

	private final long eventId;

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	public EventRowCounts(JdbcClient jdbc, long eventId) {
		this.jdbc = jdbc;
		this.eventId = eventId;
	}

	/** Adds the count of a kind (a singular noun), zero included. */
	public EventRowCounts count(String kind, String sql) {
		counts.merge(kind, jdbc.sql(sql).param(eventId).query(Integer.class).single(), Integer::sum);
		return this;
	}

	/** The counts, in the order they were added. */
	public Map<String, Integer> counts() {
		return counts;
	}

}
