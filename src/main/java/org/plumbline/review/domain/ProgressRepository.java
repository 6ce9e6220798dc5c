package org.plumbline.review.domain;

import java.util.List;

import org.plumbline.review.CallReviewProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review progress per call, summed in one grouped query. */
@Repository
public class ProgressRepository {

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CallReviewProgress> perCall(long eventId) {
		return jdbc
			.sql("""
					SELECT t.microconference_id, t.plain_track_id, COUNT(*) AS submitted,
					       COUNT(reviewed.topic_id) AS reviewed,
					       SUM(CASE WHEN t.pending_state IS NOT NULL
					                  OR t.state IN ('ACCEPTED', 'REJECTED', 'WAITLISTED', 'CONFIRMED', 'DECLINED', 'CANCELED')
					                THEN 1 ELSE 0 END) AS decided,
					       SUM(CASE WHEN t.state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
					FROM topic t
					LEFT JOIN (SELECT r.topic_id FROM review r WHERE %s GROUP BY r.topic_id) reviewed
					       ON reviewed.topic_id = t.id
					WHERE t.event_id = ? AND t.state NOT IN ('DRAFT', 'WITHDRAWN')
					GROUP BY t.microconference_id, t.plain_track_id"""
				.formatted(ConflictRule.notConflicted("r.topic_id", "r.reviewer_id")))
			.param(eventId)
			.query((rs, row) -> new CallReviewProgress(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getInt("submitted"), rs.getInt("reviewed"),
					rs.getInt("decided"), rs.getInt("confirmed")))
			.list();
	}

}
