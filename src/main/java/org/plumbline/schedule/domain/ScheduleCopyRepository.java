package org.plumbline.schedule.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Copies an event's timetable rules into a new event: the policy of each conflict rule,
 * the release switch and the scheduler's weights. No timetable, session, talk, interest
 * mark, unavailability or preference: those place or name people and MCs.
 */
@Repository
public class ScheduleCopyRepository {

	private final JdbcClient jdbc;

	ScheduleCopyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return how many rules had a policy chosen
	 */
	public int copyPolicies(long fromEventId, long toEventId) {
		int policies = jdbc.sql("""
				INSERT INTO schedule_rule_policy (event_id, rule, policy, version)
				SELECT ?, rule, policy, 1 FROM schedule_rule_policy WHERE event_id = ?""")
			.params(toEventId, fromEventId)
			.update();
		jdbc.sql("""
				INSERT INTO schedule_setting (event_id, release_accepted_talks, version)
				SELECT ?, release_accepted_talks, 1 FROM schedule_setting WHERE event_id = ?""")
			.params(toEventId, fromEventId)
			.update();
		return policies;
	}

	/**
	 * @return how many weights were set
	 */
	public int copyWeights(long fromEventId, long toEventId) {
		jdbc.sql("""
				INSERT INTO schedule_constraint_weight_version (event_id, version)
				SELECT ?, 1 FROM schedule_constraint_weight_version WHERE event_id = ?""")
			.params(toEventId, fromEventId)
			.update();
		return jdbc.sql("""
				INSERT INTO schedule_constraint_weight (event_id, constraint_name, level, weight)
				SELECT ?, constraint_name, level, weight FROM schedule_constraint_weight WHERE event_id = ?""")
			.params(toEventId, fromEventId)
			.update();
	}

}
