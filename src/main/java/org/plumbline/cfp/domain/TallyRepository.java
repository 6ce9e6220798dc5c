package org.plumbline.cfp.domain;

import java.time.ZoneId;
import java.util.List;

import org.plumbline.cfp.SubmittedOnDay;
import org.plumbline.jdbc.SqlLocalDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over an event's topics: one grouped query each, whatever the event's size.
 */
@Repository
public class TallyRepository {

	private final JdbcClient jdbc;

	TallyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SubmittedOnDay> submittedPerDay(long eventId, ZoneId zone) {
		return jdbc.sql("""
				SELECT microconference_id, plain_track_id, local_day, COUNT(*) AS topics
				FROM (SELECT microconference_id, plain_track_id, %s AS local_day
				      FROM topic
				      WHERE event_id = ? AND state NOT IN ('DRAFT', 'WITHDRAWN') AND submitted_at IS NOT NULL) submitted
				GROUP BY microconference_id, plain_track_id, local_day
				ORDER BY local_day""".formatted(SqlLocalDays.of("submitted_at")))
			.params(zone.getId(), eventId)
			.query((rs, row) -> new SubmittedOnDay(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), SqlLocalDays.parsed(rs.getString("local_day")),
					rs.getInt("topics")))
			.list();
	}

	public long countInState(String state) {
		return jdbc.sql("SELECT COUNT(*) FROM topic WHERE state = ?").param(state).query(Long.class).single();
	}

}
