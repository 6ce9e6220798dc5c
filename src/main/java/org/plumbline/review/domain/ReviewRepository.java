package org.plumbline.review.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plumbline.cfp.TopicState;
import org.plumbline.jdbc.SqlInstants;
import org.plumbline.review.GeneratedReviews.GeneratedReview;
import org.plumbline.review.Review;
import org.plumbline.review.ReviewedTopic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reviews, and a call's topics as a reviewer sees them: every query applies
 * {@link ConflictRule} for the viewer, and leaves out the reviews of reviewers conflicted
 * with a topic (an organiser may mark a conflict after a review was written).
 */
@Repository
public class ReviewRepository {

	private static final String COUNTED_REVIEW = "r.topic_id = t.id AND "
			+ ConflictRule.notConflicted("r.topic_id", "r.reviewer_id");

	private static final String TOPICS = """
			SELECT t.id, t.title, t.state, t.pending_state, t.duration_minutes, t.submitted_at, t.version,
			       t.decision_version, t.abstract, t.notes,
			       (SELECT COUNT(*) FROM review r WHERE %1$s) AS reviews,
			       (SELECT AVG(CAST(r.score AS DOUBLE PRECISION)) FROM review r WHERE %1$s) AS mean_score,
			       (SELECT r.score FROM review r WHERE r.topic_id = t.id AND r.reviewer_id = :viewer) AS my_score
			FROM topic t
			WHERE t.event_id = :event AND (t.microconference_id = :mc OR t.plain_track_id = :track)
			  AND t.state <> 'DRAFT' AND %2$s""".formatted(COUNTED_REVIEW,
			ConflictRule.notConflicted("t.id", ":viewer"));

	private static final String REVIEWS = """
			SELECT r.id, r.topic_id, r.reviewer_id, a.display_name, r.score, r.comment, r.updated_at, r.version
			FROM review r JOIN account a ON a.id = r.reviewer_id
			WHERE r.topic_id = :topic""" + " AND " + ConflictRule.notConflicted("r.topic_id", "r.reviewer_id");

	/** Rows a batch sends to the database at once. */
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ReviewedTopicRepository reviewedTopics;

	ReviewRepository(JdbcClient jdbc, JdbcTemplate batches, ReviewedTopicRepository reviewedTopics) {
		this.reviewedTopics = reviewedTopics;
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** A call's topics but drafts, without those the viewer is conflicted with. */
	public List<TopicRow> topicsOfCall(long eventId, Long microconferenceId, Long plainTrackId, long viewerId) {
		List<TopicRow> rows = jdbc.sql(TOPICS + " ORDER BY t.submitted_at, t.id")
			.param("event", eventId)
			.param("mc", microconferenceId)
			.param("track", plainTrackId)
			.param("viewer", viewerId)
			.query(this::topicRow)
			.list();
		return withSpeakers(rows);
	}

	/** One topic of a call, unless it is a draft or the viewer is conflicted with it. */
	public Optional<TopicRow> topicOfCall(long eventId, Long microconferenceId, Long plainTrackId, long topicId,
			long viewerId) {
		List<TopicRow> rows = jdbc.sql(TOPICS + " AND t.id = :topic")
			.param("event", eventId)
			.param("mc", microconferenceId)
			.param("track", plainTrackId)
			.param("viewer", viewerId)
			.param("topic", topicId)
			.query(this::topicRow)
			.list();
		return withSpeakers(rows).stream().findFirst();
	}

	/** The topic's reviews by everyone not conflicted with it, oldest first. */
	public List<Review> reviewsOf(long topicId) {
		return jdbc.sql(REVIEWS + " ORDER BY r.created_at, r.id")
			.param("topic", topicId)
			.query(ReviewRepository::review)
			.list();
	}

	public Optional<Review> find(long topicId, long reviewerId) {
		return jdbc.sql("""
				SELECT r.id, r.topic_id, r.reviewer_id, a.display_name, r.score, r.comment, r.updated_at, r.version
				FROM review r JOIN account a ON a.id = r.reviewer_id
				WHERE r.topic_id = ? AND r.reviewer_id = ?""")
			.params(topicId, reviewerId)
			.query(ReviewRepository::review)
			.optional();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the reviewer reviewed the
	 * topic meanwhile
	 */
	public long insert(long topicId, long reviewerId, int score, String comment, Instant now) {
		reviewedTopics.lock(List.of(topicId));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO review (topic_id, reviewer_id, score, comment, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(topicId, reviewerId, score, comment, SqlInstants.utc(now), SqlInstants.utc(now))
			.update(keys, "id");
		reviewedTopics.recompute(List.of(topicId));
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Inserts many reviews, each as if saved at {@code now}, in batches; the caller
	 * recomputes the reviewed topics of their event ({@link ReviewedTopicRepository}).
	 */
	public void insertAll(List<GeneratedReview> reviews, Instant now) {
		OffsetDateTime at = SqlInstants.utc(now);
		batches.batchUpdate("""
				INSERT INTO review (topic_id, reviewer_id, score, comment, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""", reviews, BATCH, (statement, review) -> {
			statement.setLong(1, review.topicId());
			statement.setLong(2, review.reviewerAccountId());
			statement.setInt(3, review.score());
			statement.setString(4, review.comment());
			statement.setObject(5, at);
			statement.setObject(6, at);
		});
	}

	/** Saves a review changed from the version its author saw; false if it was stale. */
	public boolean update(long reviewId, int score, String comment, Instant now, int version) {
		return jdbc.sql("""
				UPDATE review SET score = ?, comment = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(score, comment, SqlInstants.utc(now), reviewId, version)
			.update() == 1;
	}

	/** Whether the account is conflicted with the topic, by {@link ConflictRule}. */
	public boolean conflicted(long topicId, long accountId) {
		return jdbc
			.sql("SELECT CASE WHEN " + ConflictRule.notConflicted(":topic", ":account") + " THEN FALSE ELSE TRUE END")
			.param("topic", topicId)
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the call has a topic with a decision recorded but not announced that the
	 * account is conflicted with.
	 */
	public boolean conflictedWithPendingDecision(long eventId, Long microconferenceId, Long plainTrackId,
			long accountId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM topic t
				WHERE t.event_id = :event AND (t.microconference_id = :mc OR t.plain_track_id = :track)
				  AND t.pending_state IS NOT NULL AND NOT""" + " " + ConflictRule.notConflicted("t.id", ":account"))
			.param("event", eventId)
			.param("mc", microconferenceId)
			.param("track", plainTrackId)
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	private List<TopicRow> withSpeakers(List<TopicRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> speakers = speakers(rows.stream().map(TopicRow::id).toList());
		return rows.stream().map(row -> row.withSpeakers(speakers.getOrDefault(row.id(), ""))).toList();
	}

	private Map<Long, String> speakers(Collection<Long> topicIds) {
		record Named(long topicId, String name) {
		}
		return jdbc.sql("""
				SELECT topic_id, name_as_written FROM topic_speaker WHERE topic_id IN (:topics)
				ORDER BY topic_id, position""")
			.param("topics", topicIds)
			.query((rs, n) -> new Named(rs.getLong("topic_id"), rs.getString("name_as_written")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Named::topicId, LinkedHashMap::new,
					Collectors.mapping(Named::name, Collectors.joining(", "))));
	}

	private TopicRow topicRow(ResultSet rs, int rowNum) throws SQLException {
		String pending = rs.getString("pending_state");
		double mean = rs.getDouble("mean_score");
		Double meanScore = rs.wasNull() ? null : mean;
		int my = rs.getInt("my_score");
		Integer myScore = rs.wasNull() ? null : my;
		int duration = rs.getInt("duration_minutes");
		Integer durationMinutes = rs.wasNull() ? null : duration;
		ReviewedTopic topic = new ReviewedTopic(rs.getLong("id"), rs.getString("title"),
				TopicState.valueOf(rs.getString("state")), pending == null ? null : TopicState.valueOf(pending), "",
				durationMinutes, SqlInstants.instant(rs, "submitted_at"), rs.getInt("version"),
				rs.getInt("decision_version"), rs.getInt("reviews"), meanScore, myScore);
		return new TopicRow(topic, rs.getString("abstract"), rs.getString("notes"));
	}

	private static Review review(ResultSet rs, int rowNum) throws SQLException {
		return new Review(rs.getLong("id"), rs.getLong("topic_id"), rs.getLong("reviewer_id"),
				rs.getString("display_name"), rs.getInt("score"), rs.getString("comment"),
				SqlInstants.instant(rs, "updated_at"), rs.getInt("version"));
	}

}
