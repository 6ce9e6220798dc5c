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

	/**
	 * A count per kind, zero included. Saved solver weights and MC time preferences carry
	 * a version row beside them, which goes with them.
	 */
	public Map<String, Integer> notInEventFile(long eventId) {
		return new EventRowCounts(jdbc, eventId)
			.count("schedule setting", "SELECT COUNT(*) FROM schedule_setting WHERE event_id = ?")
			.count("rule policy", "SELECT COUNT(*) FROM schedule_rule_policy WHERE event_id = ?")
			.count("solver weight", "SELECT COUNT(*) FROM schedule_constraint_weight WHERE event_id = ?")
			.count("MC time preference", """
					SELECT COUNT(*) FROM microconference_time_preference p
					JOIN microconference m ON m.id = p.microconference_id WHERE m.event_id = ?""")
			.count("unavailable period", "SELECT COUNT(*) FROM unavailability WHERE event_id = ?")
			.count("solver run", "SELECT COUNT(*) FROM scheduling_run WHERE event_id = ?")
			.count("interest mark", "SELECT COUNT(*) FROM interest_mark WHERE event_id = ?")
			.count("agenda feed", "SELECT COUNT(*) FROM agenda_feed WHERE event_id = ?")
			.counts();
	}

}
