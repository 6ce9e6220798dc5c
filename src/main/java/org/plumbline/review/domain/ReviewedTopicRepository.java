package org.plumbline.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The topics with at least one review by a reviewer not conflicted with them
 * ({@code reviewed_topic}, V60), kept in the transaction of every write that can change
 * which: a review saved, a conflict declared or withdrawn, a conflict mark made or
 * removed, a speaker added or taken off, two persons merged. A change recomputes its
 * topics from the reviews and {@link ConflictRule}, so that the kept rows follow the one
 * rule. A change locks its topics' rows ({@link #lock}, in id order) before it writes its
 * own row: two changes of one topic at once (two reviews, a review and its reviewer's
 * declaration) take turns, and the second recomputes with the first's rows committed, so
 * the last to commit decides from both. Locking after the write would deadlock on
 * PostgreSQL, where the write's foreign key already holds a share lock on the topic's row
 * that the other change's lock waits for, and the other's on it. A change that reaches
 * its topics through a person (a conflict mark against them, their becoming or ceasing to
 * be a speaker) locks the person first ({@code PersonDirectory.lock}), then the topics: a
 * mark reads the person's topics only once no such change of them is under way.
 */
@Repository
public class ReviewedTopicRepository {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	ReviewedTopicRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the topics' rows until the transaction ends, in id order, as a change that
	 * may move them must before it writes.
	 */
	public void lock(Collection<Long> topicIds) {
		List<Long> ordered = List.copyOf(new TreeSet<>(topicIds));
		for (int from = 0; from < ordered.size(); from += CHUNK) {
			jdbc.sql("SELECT id FROM topic WHERE id IN (:topics) ORDER BY id FOR UPDATE")
				.param("topics", ordered.subList(from, Math.min(ordered.size(), from + CHUNK)))
				.query(Long.class)
				.list();
		}
	}

	/** The topics of the event the person speaks on. */
	public List<Long> topicsOfSpeaker(long eventId, long personId) {
		return jdbc.sql("""
				SELECT DISTINCT s.topic_id FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.event_id = ? AND s.person_id = ?""").params(eventId, personId).query(Long.class).list();
	}

	/**
	 * Recomputes whether each of the topics counts as reviewed, locking their rows
	 * (again, for a change that locked them before its write).
	 */
	public void recompute(Collection<Long> topicIds) {
		lock(topicIds);
		List<Long> ordered = List.copyOf(new TreeSet<>(topicIds));
		for (int from = 0; from < ordered.size(); from += CHUNK) {
			List<Long> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
			jdbc.sql("DELETE FROM reviewed_topic WHERE topic_id IN (:topics)").param("topics", chunk).update();
			jdbc.sql("""
					INSERT INTO reviewed_topic (topic_id, event_id)
					SELECT t.id, t.event_id FROM topic t
					WHERE t.id IN (:topics) AND EXISTS (SELECT 1 FROM review r WHERE r.topic_id = t.id AND %s)"""
				.formatted(ConflictRule.notConflictedRowByRow("r.topic_id", "r.reviewer_id")))
				.param("topics", chunk)
				.update();
		}
	}

	/** Recomputes the topics the person speaks on, in every event. */
	public void recomputeTopicsOfSpeaker(long personId) {
		recompute(jdbc.sql("SELECT DISTINCT topic_id FROM topic_speaker WHERE person_id = ?")
			.param(personId)
			.query(Long.class)
			.list());
	}

	/**
	 * Recomputes every topic of the event at once: after reviews or conflicts written in
	 * bulk (the data generator, a restore), by nobody else meanwhile.
	 */
	public void recomputeEvent(long eventId) {
		jdbc.sql("DELETE FROM reviewed_topic WHERE event_id = ?").param(eventId).update();
		jdbc.sql("""
				INSERT INTO reviewed_topic (topic_id, event_id)
				SELECT t.id, t.event_id FROM topic t
				WHERE t.event_id = ? AND EXISTS (SELECT 1 FROM review r WHERE r.topic_id = t.id AND %s)"""
			.formatted(ConflictRule.notConflicted("r.topic_id", "r.reviewer_id"))).param(eventId).update();
	}

}
