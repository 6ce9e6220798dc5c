package org.plumbline.cfp.domain;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		return submittedPerDay(eventId, zone, "", List.of(), List.of());
	}

	public List<SubmittedOnDay> submittedPerDay(long eventId, ZoneId zone, Collection<Long> microconferenceIds,
			Collection<Long> plainTrackIds) {
		if (microconferenceIds.isEmpty() && plainTrackIds.isEmpty()) {
			return List.of();
		}
		String ofCalls = " AND (" + (microconferenceIds.isEmpty() ? "FALSE" : "microconference_id IN (:mcs)") + " OR "
				+ (plainTrackIds.isEmpty() ? "FALSE" : "plain_track_id IN (:tracks)") + ")";
		return submittedPerDay(eventId, zone, ofCalls, microconferenceIds, plainTrackIds);
	}

	private List<SubmittedOnDay> submittedPerDay(long eventId, ZoneId zone, String ofCalls,
			Collection<Long> microconferenceIds, Collection<Long> plainTrackIds) {
		var query = jdbc
			.sql("""
					SELECT microconference_id, plain_track_id, local_day, COUNT(*) AS topics
					FROM (SELECT microconference_id, plain_track_id, %s AS local_day
					      FROM topic
					      WHERE event_id = :event AND state NOT IN ('DRAFT', 'WITHDRAWN') AND submitted_at IS NOT NULL%s) submitted
					GROUP BY microconference_id, plain_track_id, local_day
					ORDER BY local_day"""
				.formatted(SqlLocalDays.of("submitted_at", "zone"), ofCalls))
			.param("event", eventId)
			.param("zone", zone.getId());
		if (!microconferenceIds.isEmpty()) {
			query = query.param("mcs", microconferenceIds);
		}
		if (!plainTrackIds.isEmpty()) {
			query = query.param("tracks", plainTrackIds);
		}
		return query
			.query((rs, row) -> new SubmittedOnDay(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), SqlLocalDays.parsed(rs.getString("local_day")),
					rs.getInt("topics")))
			.list();
	}

	/**
	 * How many topics of every event are in each state (by name); one without any is left
	 * out.
	 */
	public Map<String, Long> countByState() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("SELECT state, COUNT(*) AS n FROM topic GROUP BY state")
			.query((rs, row) -> Map.entry(rs.getString("state"), rs.getLong("n")))
			.list()
			.forEach(count -> counts.put(count.getKey(), count.getValue()));
		return counts;
	}

}
