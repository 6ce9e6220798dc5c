package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.TopicState;
import org.plumbline.jdbc.SqlInstants;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decision columns of topics (pending state, who decided and when, the announcement,
 * a cancellation's reason) and a call's budget of minutes.
 */
@Repository
public class DecisionRepository {

	/** The budget of a call whose event sets none (issue 10). */
	public static final int DEFAULT_BUDGET_MINUTES = 180;

	private static final String COLUMNS = """
			id, event_id, microconference_id, plain_track_id, state, pending_state, duration_minutes, submitted_at,
			version, decision_version, decided_by""";

	/** The topics of one call: an MC's, or a plain track's. */
	private static final String OF_CALL = """
			event_id = ? AND (microconference_id = ? OR plain_track_id = ?)""";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final CallTopicCountRepository counts;

	DecisionRepository(JdbcClient jdbc, JdbcTemplate batches, CallTopicCountRepository counts) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.counts = counts;
	}

	public Optional<DecisionRow> find(long topicId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM topic WHERE id = ?")
			.param(topicId)
			.query(DecisionRepository::row)
			.optional();
	}

	/** The call's topics but drafts, first submitted first. */
	public List<DecisionRow> ofCall(long eventId, Long microconferenceId, Long plainTrackId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM topic WHERE " + OF_CALL
					+ " AND state <> 'DRAFT' ORDER BY submitted_at, id")
			.params(eventId, microconferenceId, plainTrackId)
			.query(DecisionRepository::row)
			.list();
	}

	/**
	 * The call's topics with a pending decision, locked until the transaction ends, so
	 * that a decision recorded meanwhile waits for the announcement and is not lost.
	 */
	public List<DecisionRow> pendingOfCallForUpdate(long eventId, Long microconferenceId, Long plainTrackId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM topic WHERE " + OF_CALL
					+ " AND pending_state IS NOT NULL ORDER BY id FOR UPDATE")
			.params(eventId, microconferenceId, plainTrackId)
			.query(DecisionRepository::row)
			.list();
	}

	/**
	 * Records a pending decision ({@code null} clears it); whether the topic and its
	 * decision were at the expected versions. Only the decision's version counts the
	 * change, and the topic's {@code updated_at} stays: a quiet decision (DOMAIN.md L3)
	 * must not make a speaker's open form stale, nor show them that it was recorded.
	 */
	public boolean recordPending(long topicId, TopicState decision, long deciderAccountId, Instant now,
			DecisionVersions expected) {
		return jdbc
			.sql("""
					UPDATE topic SET pending_state = ?, decided_by = ?, decided_at = ?, decision_version = decision_version + 1
					WHERE id = ? AND version = ? AND decision_version = ?""")
			.params(decision == null ? null : decision.name(), decision == null ? null : deciderAccountId,
					decision == null ? null : SqlInstants.utc(now), topicId, expected.topicVersion(),
					expected.decisionVersion())
			.update() == 1;
	}

	/**
	 * Clears the topic's pending decision if the account recorded it; whether it did.
	 */
	public boolean clearPendingBy(long topicId, long deciderAccountId) {
		return jdbc.sql("""
				UPDATE topic SET pending_state = NULL, decided_by = NULL, decided_at = NULL,
				                 decision_version = decision_version + 1
				WHERE id = ? AND decided_by = ? AND pending_state IS NOT NULL""")
			.params(topicId, deciderAccountId)
			.update() == 1;
	}

	/**
	 * Moves the topic's pending decision into its state. The caller has locked the topic
	 * and found it in a state that may take the decision (submitted or wait-listed), so
	 * it stays among the submitted and its call's count as it is.
	 */
	public void announce(long topicId, Instant now) {
		jdbc.sql("""
				UPDATE topic SET state = pending_state, pending_state = NULL, announced_at = ?, updated_at = ?,
				                 version = version + 1
				WHERE id = ? AND pending_state IS NOT NULL""")
			.params(SqlInstants.utc(now), SqlInstants.utc(now), topicId)
			.update();
	}

	/** A decision recorded and announced at once, on a topic at the version read. */
	public record Announced(long topicId, TopicState outcome, TopicState from, int version, int decisionVersion) {
	}

	/**
	 * Records and announces the decisions in batches, as {@link #recordPending} then
	 * {@link #announce} would one by one; whether every topic was still at the state and
	 * versions read.
	 */
	public boolean recordAndAnnounce(List<Announced> decided, long deciderAccountId, Instant now) {
		OffsetDateTime at = SqlInstants.utc(now);
		int[][] updated = batches.batchUpdate("""
				UPDATE topic SET state = ?, pending_state = NULL, decided_by = ?, decided_at = ?, announced_at = ?,
				                 updated_at = ?, version = version + 1, decision_version = decision_version + 1
				WHERE id = ? AND state = ? AND version = ? AND decision_version = ?""", decided, BATCH,
				(statement, topic) -> {
					statement.setString(1, topic.outcome().name());
					statement.setLong(2, deciderAccountId);
					statement.setObject(3, at);
					statement.setObject(4, at);
					statement.setObject(5, at);
					statement.setLong(6, topic.topicId());
					statement.setString(7, topic.from().name());
					statement.setInt(8, topic.version());
					statement.setInt(9, topic.decisionVersion());
				});
		boolean all = Arrays.stream(updated).flatMapToInt(Arrays::stream).allMatch(count -> count == 1);
		if (all) {
			decided.forEach(topic -> counts.moveOf(topic.topicId(), topic.from(), topic.outcome()));
		}
		return all;
	}

	/** Moves a topic from one state to another; whether it was in that state. */
	public boolean changeState(long topicId, TopicState from, TopicState to, Instant now) {
		boolean changed = jdbc.sql("""
				UPDATE topic SET state = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND state = ?""")
			.params(to.name(), SqlInstants.utc(now), topicId, from.name())
			.update() == 1;
		if (changed) {
			counts.moveOf(topicId, from, to);
		}
		return changed;
	}

	/**
	 * Cancels a topic that is in the given state at the expected version; whether it was.
	 */
	public boolean cancel(long topicId, TopicState from, String reason, Instant now, int expectedVersion) {
		boolean canceled = jdbc.sql("""
				UPDATE topic SET state = 'CANCELED', cancel_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND state = ? AND version = ?""")
			.params(reason, SqlInstants.utc(now), topicId, from.name(), expectedVersion)
			.update() == 1;
		if (canceled) {
			counts.moveOf(topicId, from, TopicState.CANCELED);
		}
		return canceled;
	}

	/** Why the organisers canceled the topic, if they did. */
	public Optional<String> cancelReason(long topicId) {
		return jdbc.sql("SELECT cancel_reason FROM topic WHERE id = ? AND cancel_reason IS NOT NULL")
			.param(topicId)
			.query(String.class)
			.optional();
	}

	/** The call's own budget, else the event's, else {@link #DEFAULT_BUDGET_MINUTES}. */
	public int budgetMinutes(long eventId, Long microconferenceId, Long plainTrackId) {
		return jdbc.sql("""
				SELECT COALESCE((SELECT minutes_budget FROM mc_topic_call WHERE microconference_id = ?),
				                (SELECT minutes_budget FROM plain_track WHERE id = ?),
				                (SELECT minutes_budget FROM topic_call_defaults WHERE event_id = ?), ?)""")
			.params(microconferenceId, plainTrackId, eventId, DEFAULT_BUDGET_MINUTES)
			.query(Integer.class)
			.single();
	}

	/** The event's budget per call, or {@link #DEFAULT_BUDGET_MINUTES}. */
	public int defaultBudgetMinutes(long eventId) {
		return jdbc.sql("SELECT minutes_budget FROM topic_call_defaults WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_BUDGET_MINUTES);
	}

	/** The event's days before a reminder to confirm. */
	public int reminderDays(long eventId) {
		return jdbc.sql("SELECT reminder_days FROM topic_call_defaults WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.orElse(ConfirmationRepository.DEFAULT_REMINDER_DAYS);
	}

	/** The budgets the event's MCs and plain tracks set themselves, by slug. */
	public Map<String, Integer> ownBudgets(long eventId) {
		Map<String, Integer> own = new HashMap<>();
		jdbc.sql(
				"""
						SELECT m.slug, c.minutes_budget FROM mc_topic_call c JOIN microconference m ON m.id = c.microconference_id
						WHERE m.event_id = ? AND c.minutes_budget IS NOT NULL
						UNION ALL
						SELECT slug, minutes_budget FROM plain_track WHERE event_id = ? AND minutes_budget IS NOT NULL""")
			.params(eventId, eventId)
			.query(rs -> {
				own.put(rs.getString(1), rs.getInt(2));
			});
		return own;
	}

	/**
	 * Sets the event's budget and reminder delay, in the transaction that has just saved
	 * (and versioned) its defaults row.
	 */
	public void saveDefaultBudget(long eventId, int minutes, int reminderDays) {
		jdbc.sql("UPDATE topic_call_defaults SET minutes_budget = ?, reminder_days = ? WHERE event_id = ?")
			.params(minutes, reminderDays, eventId)
			.update();
	}

	/**
	 * Sets an MC's own budget ({@code null}: the event's), in the transaction that has
	 * just saved its own settings row.
	 */
	public void saveMicroconferenceBudget(long microconferenceId, Integer minutes) {
		jdbc.sql("UPDATE mc_topic_call SET minutes_budget = ? WHERE microconference_id = ?")
			.params(minutes, microconferenceId)
			.update();
	}

	/** Sets a plain track's own budget ({@code null}: the event's). */
	public void savePlainTrackBudget(long plainTrackId, Integer minutes) {
		jdbc.sql("UPDATE plain_track SET minutes_budget = ? WHERE id = ?").params(minutes, plainTrackId).update();
	}

	/** The minutes of the call's accepted and confirmed topics. */
	public int usedMinutes(long eventId, Long microconferenceId, Long plainTrackId) {
		return jdbc
			.sql("SELECT COALESCE(SUM(duration_minutes), 0) FROM topic WHERE " + OF_CALL
					+ " AND state IN ('ACCEPTED', 'CONFIRMED')")
			.params(eventId, microconferenceId, plainTrackId)
			.query(Integer.class)
			.single();
	}

	/** The minutes of the call's topics with an acceptance recorded and not announced. */
	public int pendingAcceptedMinutes(long eventId, Long microconferenceId, Long plainTrackId) {
		return jdbc
			.sql("SELECT COALESCE(SUM(duration_minutes), 0) FROM topic WHERE " + OF_CALL
					+ " AND pending_state = 'ACCEPTED'")
			.params(eventId, microconferenceId, plainTrackId)
			.query(Integer.class)
			.single();
	}

	private static DecisionRow row(ResultSet rs, int row) throws SQLException {
		String pending = rs.getString("pending_state");
		return new DecisionRow(rs.getLong("id"), rs.getLong("event_id"), rs.getObject("microconference_id", Long.class),
				rs.getObject("plain_track_id", Long.class), TopicState.valueOf(rs.getString("state")),
				pending == null ? null : TopicState.valueOf(pending), rs.getObject("duration_minutes", Integer.class),
				SqlInstants.instant(rs, "submitted_at"), rs.getInt("version"), rs.getInt("decision_version"),
				rs.getObject("decided_by", Long.class));
	}

}
