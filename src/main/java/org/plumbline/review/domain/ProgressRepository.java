package org.plumbline.review.domain;

import java.util.Collection;
import java.util.List;

import org.plumbline.review.CallReviewProgress;
import org.plumbline.review.CallSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review progress per call, summed in one grouped query. */
@Repository
public class ProgressRepository {

	private static final String SUBMITTED = "t.state NOT IN ('DRAFT', 'WITHDRAWN')";

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The topics that stand submitted in each call that has one: no review is read. */
	public List<CallSize> sizes(long eventId) {
		return jdbc.sql("""
				SELECT t.microconference_id, t.plain_track_id, COUNT(*) AS submitted FROM topic t
				WHERE t.event_id = ? AND %s
				GROUP BY t.microconference_id, t.plain_track_id""".formatted(SUBMITTED))
			.param(eventId)
			.query((rs, row) -> new CallSize(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getInt("submitted")))
			.list();
	}

	public List<CallReviewProgress> perCall(long eventId) {
		return perCall(eventId, "TRUE", ConflictRule.notConflicted("r.topic_id", "r.reviewer_id"), List.of(),
				List.of());
	}

	/**
	 * The progress of the given calls only: their reviews alone are read, where a large
	 * event holds hundreds of thousands, each checked for conflicts on its own (at the
	 * generator's large preset, 30 calls' 6,750 reviews: 310 ms as one anti join with
	 * every conflict, 60-160 ms row by row, on a machine with a load average of 5-7).
	 */
	public List<CallReviewProgress> perCall(long eventId, Collection<Long> microconferenceIds,
			Collection<Long> plainTrackIds) {
		if (microconferenceIds.isEmpty() && plainTrackIds.isEmpty()) {
			return List.of();
		}
		String ofCalls = "(" + (microconferenceIds.isEmpty() ? "FALSE" : "%1$s.microconference_id IN (:mcs)") + " OR "
				+ (plainTrackIds.isEmpty() ? "FALSE" : "%1$s.plain_track_id IN (:tracks)") + ")";
		return perCall(eventId, ofCalls, ConflictRule.notConflictedRowByRow("r.topic_id", "r.reviewer_id"),
				microconferenceIds, plainTrackIds);
	}

	private List<CallReviewProgress> perCall(long eventId, String ofCalls, String notConflicted,
			Collection<Long> microconferenceIds, Collection<Long> plainTrackIds) {
		var query = jdbc
			.sql("""
					SELECT t.microconference_id, t.plain_track_id, COUNT(*) AS submitted,
					       COUNT(reviewed.topic_id) AS reviewed,
					       SUM(CASE WHEN t.pending_state IS NOT NULL
					                  OR t.state IN ('ACCEPTED', 'REJECTED', 'WAITLISTED', 'CONFIRMED', 'DECLINED', 'CANCELED')
					                THEN 1 ELSE 0 END) AS decided,
					       SUM(CASE WHEN t.state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
					FROM topic t
					LEFT JOIN (SELECT r.topic_id FROM review r JOIN topic rt ON rt.id = r.topic_id
					           WHERE rt.event_id = :event AND %s AND %s GROUP BY r.topic_id) reviewed
					       ON reviewed.topic_id = t.id
					WHERE t.event_id = :event AND %s AND %s
					GROUP BY t.microconference_id, t.plain_track_id"""
				.formatted(ofCalls.formatted("rt"), notConflicted, SUBMITTED, ofCalls.formatted("t")))
			.param("event", eventId);
		if (!microconferenceIds.isEmpty()) {
			query = query.param("mcs", microconferenceIds);
		}
		if (!plainTrackIds.isEmpty()) {
			query = query.param("tracks", plainTrackIds);
		}
		return query
			.query((rs, row) -> new CallReviewProgress(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getInt("submitted"), rs.getInt("reviewed"),
					rs.getInt("decided"), rs.getInt("confirmed")))
			.list();
	}

}
