package org.plumbline.schedule.domain;

import java.util.Map;

import org.plumbline.jdbc.EventRowCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What of an event's scheduling the event data file does not carry yet. */
@Repository
public class ScheduleBackupRepository {

	private final JdbcClient jdbc;

	ScheduleBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A count per kind, zero included. */
	public Map<String, Integer> notInEventFile(long eventId) {
		return new EventRowCounts(jdbc, eventId)
			.count("solver run", "SELECT COUNT(*) FROM scheduling_run WHERE event_id = ?")
			.counts();
	}

}
