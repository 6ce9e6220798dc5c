package org.plumbline.schedule.domain;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code schedule_rule_policy}: one per event and conflict kind chosen. */
@Repository
public class RulePolicyRepository {

	private final JdbcClient jdbc;

	RulePolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored choice: the kind's and the policy's names, and the row's version. */
	public record Row(String rule, String policy, int version) {
	}

	public List<Row> ofEvent(long eventId) {
		return jdbc.sql("SELECT rule, policy, version FROM schedule_rule_policy WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getString("rule"), rs.getString("policy"), rs.getInt("version")))
			.list();
	}

	/**
	 * Saves a policy over the version its editor saw (0 for no row yet).
	 * @return false if it was stale
	 * @throws org.springframework.dao.DuplicateKeyException if another editor created the
	 * row meanwhile
	 */
	public boolean save(long eventId, String rule, String policy, int version, boolean exists) {
		if (!exists) {
			if (version != 0) {
				return false;
			}
			// version 1, since 0 is what a form shows for the default: a form opened
			// before
			// this row was made must be stale against it
			jdbc.sql("INSERT INTO schedule_rule_policy (event_id, rule, policy, version) VALUES (?, ?, ?, 1)")
				.params(eventId, rule, policy)
				.update();
			return true;
		}
		return jdbc.sql("""
				UPDATE schedule_rule_policy SET policy = ?, version = version + 1
				WHERE event_id = ? AND rule = ? AND version = ?""")
			.params(policy, eventId, rule, version)
			.update() == 1;
	}

}
