package org.plumbline.material.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.material.BackedUpFeedback;
import org.plumbline.material.Feedback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Talk feedback as stored: one row per talk and account (a unique constraint), each edit
 * conditional on the version it was read at.
 */
@Repository
public class FeedbackRepository {

	private static final String COLUMNS = "id, topic_id, account_id, rating, comment, created_at, updated_at, version";

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many gave feedback on a talk, and their mean rating (0 when none did). */
	public record Tally(long topicId, int count, double meanRating) {
	}

	public Optional<Feedback> of(long topicId, long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM talk_feedback WHERE topic_id = ? AND account_id = ?")
			.params(topicId, accountId)
			.query(FeedbackRepository::feedback)
			.optional();
	}

	public Optional<Feedback> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM talk_feedback WHERE id = ?")
			.param(id)
			.query(FeedbackRepository::feedback)
			.optional();
	}

	/** A talk's feedback, last changed first. */
	public List<Feedback> onTalk(long topicId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM talk_feedback WHERE topic_id = ? ORDER BY updated_at DESC, id DESC")
			.param(topicId)
			.query(FeedbackRepository::feedback)
			.list();
	}

	/**
	 * The feedback count and mean rating of each of the talks that has any, in one query
	 * however many talks are asked about.
	 */
	public Map<Long, Tally> tallies(long eventId, Collection<Long> topicIds) {
		if (topicIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT topic_id, COUNT(*) AS given, AVG(CAST(rating AS DOUBLE PRECISION)) AS mean
				FROM talk_feedback WHERE event_id = :event AND topic_id IN (:topics) GROUP BY topic_id""")
			.param("event", eventId)
			.param("topics", topicIds)
			.query((rs, row) -> new Tally(rs.getLong("topic_id"), rs.getInt("given"), rs.getDouble("mean")))
			.list()
			.stream()
			.collect(Collectors.toMap(Tally::topicId, Function.identity()));
	}

	/**
	 * Stores a first feedback; the unique constraint refuses a second one of the account
	 * on the talk, whatever races.
	 * @return its id
	 */
	public long insert(long eventId, long topicId, long accountId, int rating, String comment, Instant now) {
		jdbc.sql("""
				INSERT INTO talk_feedback (event_id, topic_id, account_id, rating, comment, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, topicId, accountId, rating, comment, utc(now), utc(now))
			.update();
		return of(topicId, accountId).orElseThrow().id();
	}

	/** The event's feedback, the first given first. */
	public List<BackedUpFeedback> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT topic_id, account_id, rating, comment, created_at, updated_at FROM talk_feedback
				WHERE event_id = ? ORDER BY created_at, id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpFeedback(rs.getLong("topic_id"), rs.getLong("account_id"),
					rs.getInt("rating"), rs.getString("comment"), instant(rs, "created_at"), instant(rs, "updated_at")))
			.list();
	}

	/** Stores feedback as it was given and last changed. */
	public void insert(long eventId, BackedUpFeedback feedback) {
		jdbc.sql("""
				INSERT INTO talk_feedback (event_id, topic_id, account_id, rating, comment, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, feedback.topicId(), feedback.accountId(), feedback.rating(), feedback.comment(),
					utc(feedback.createdAt()), utc(feedback.updatedAt()))
			.update();
	}

	/**
	 * @return false if the feedback is no longer at that version
	 */
	public boolean update(long id, int version, int rating, String comment, Instant now) {
		return jdbc.sql("""
				UPDATE talk_feedback SET rating = ?, comment = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""").params(rating, comment, utc(now), id, version).update() == 1;
	}

	private static Feedback feedback(ResultSet rs, int row) throws SQLException {
		return new Feedback(rs.getLong("id"), rs.getLong("topic_id"), rs.getLong("account_id"), rs.getInt("rating"),
				rs.getString("comment"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

}
