package org.plumbline.review.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.plumbline.review.CallReviewProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review progress per call, summed in one grouped query. */
@Repository
public class ProgressRepository {

	/**
	 * Submitted, reviewed (by someone not conflicted, as kept), decided and confirmed
	 * topics per call; {@code %s} narrows the calls.
	 */
	private static final String PROGRESS = """
			SELECT t.microconference_id, t.plain_track_id, COUNT(*) AS submitted,
			       COUNT(reviewed.topic_id) AS reviewed,
			       SUM(CASE WHEN t.pending_state IS NOT NULL
			                  OR t.state IN ('ACCEPTED', 'REJECTED', 'WAITLISTED', 'CONFIRMED', 'DECLINED', 'CANCELED')
			                THEN 1 ELSE 0 END) AS decided,
			       SUM(CASE WHEN t.state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
			FROM topic t
			LEFT JOIN reviewed_topic reviewed ON reviewed.topic_id = t.id
			WHERE t.event_id = :event AND t.state NOT IN ('DRAFT', 'WITHDRAWN')%s
			GROUP BY t.microconference_id, t.plain_track_id""";

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The progress of every call of the event with a submitted topic. */
	public List<CallReviewProgress> perCall(long eventId) {
		return jdbc.sql(PROGRESS.formatted("")).param("event", eventId).query(ProgressRepository::progress).list();
	}

	/**
	 * The progress of the given calls only: their topics alone are read, where a large
	 * event holds a hundred thousand, each looked up among the topics kept as reviewed
	 * ({@link ReviewedTopicRepository}) instead of checking its reviews against every
	 * conflict on each open.
	 */
	public List<CallReviewProgress> perCall(long eventId, Collection<Long> microconferenceIds,
			Collection<Long> plainTrackIds) {
		if (microconferenceIds.isEmpty() && plainTrackIds.isEmpty()) {
			return List.of();
		}
		String ofCalls = " AND (" + (microconferenceIds.isEmpty() ? "FALSE" : "t.microconference_id IN (:mcs)") + " OR "
				+ (plainTrackIds.isEmpty() ? "FALSE" : "t.plain_track_id IN (:tracks)") + ")";
		var query = jdbc.sql(PROGRESS.formatted(ofCalls)).param("event", eventId);
		if (!microconferenceIds.isEmpty()) {
			query = query.param("mcs", microconferenceIds);
		}
		if (!plainTrackIds.isEmpty()) {
			query = query.param("tracks", plainTrackIds);
		}
		return query.query(ProgressRepository::progress).list();
	}

	private static CallReviewProgress progress(ResultSet rs, int row) throws SQLException {
		return new CallReviewProgress(rs.getObject("microconference_id", Long.class),
				rs.getObject("plain_track_id", Long.class), rs.getInt("submitted"), rs.getInt("reviewed"),
				rs.getInt("decided"), rs.getInt("confirmed"));
	}

}
