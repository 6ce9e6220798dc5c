package org.plumbline.review.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.List;
import java.util.Map;

import org.plumbline.jdbc.EventRowCounts;
import org.plumbline.review.BackedUpReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An event's reviews read and written whole, for its backup. */
@Repository
public class ReviewBackupRepository {

	private final JdbcClient jdbc;

	ReviewBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The reviews of the event's topics, in the order they were written. */
	public List<BackedUpReview> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT r.topic_id, r.reviewer_id, r.score, r.comment, r.created_at, r.updated_at
				FROM review r JOIN topic t ON t.id = r.topic_id WHERE t.event_id = ? ORDER BY r.id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpReview(rs.getLong("topic_id"), rs.getLong("reviewer_id"),
					rs.getInt("score"), rs.getString("comment"), instant(rs, "created_at"), instant(rs, "updated_at")))
			.list();
	}

	public void insert(BackedUpReview review) {
		jdbc.sql("""
				INSERT INTO review (topic_id, reviewer_id, score, comment, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(review.topicId(), review.reviewerAccountId(), review.score(), review.comment(),
					utc(review.createdAt()), utc(review.updatedAt()))
			.update();
	}

	/**
	 * What of the event the event data file does not carry yet, each kind (a singular
	 * noun) counted by one query, in a fixed order; a kind the event has none of counts
	 * 0.
	 */
	public Map<String, Integer> notInEventFile(long eventId) {
		return new EventRowCounts(jdbc, eventId)
			.count("default review phase", "SELECT COUNT(*) FROM review_phase_defaults WHERE event_id = ?")
			.count("review phase", "SELECT COUNT(*) FROM review_phase WHERE event_id = ?")
			.count("conflict mark", "SELECT COUNT(*) FROM conflict_mark WHERE event_id = ?")
			.count("declared conflict",
					"SELECT COUNT(*) FROM declared_conflict c JOIN topic t ON t.id = c.topic_id WHERE t.event_id = ?")
			.counts();
	}

}
