package org.plumbline.review.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;
import org.plumbline.review.BackedUpReviewPhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * An event's reviews and conflicts of interest read and written whole, for its backup.
 */
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

	/** The event's conflict marks and declared conflicts, each in the order made. */
	public BackedUpConflicts conflicts(long eventId) {
		List<BackedUpConflicts.Mark> marks = jdbc.sql("""
				SELECT account_id, person_id, reason, marked_by, marked_at FROM conflict_mark
				WHERE event_id = ? ORDER BY id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpConflicts.Mark(rs.getLong("account_id"), rs.getLong("person_id"),
					rs.getString("reason"), rs.getObject("marked_by", Long.class), instant(rs, "marked_at")))
			.list();
		List<BackedUpConflicts.Declaration> declarations = jdbc.sql("""
				SELECT d.topic_id, d.account_id, d.reason, d.declared_at
				FROM declared_conflict d JOIN topic t ON t.id = d.topic_id WHERE t.event_id = ? ORDER BY d.id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpConflicts.Declaration(rs.getLong("topic_id"), rs.getLong("account_id"),
					rs.getString("reason"), instant(rs, "declared_at")))
			.list();
		return new BackedUpConflicts(marks, declarations);
	}

	/**
	 * @return the mark's id
	 */
	public long insert(long eventId, BackedUpConflicts.Mark mark) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO conflict_mark (event_id, account_id, person_id, reason, marked_by, marked_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, mark.accountId(), mark.personId(), mark.reason(), mark.markedBy(), utc(mark.markedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void insert(BackedUpConflicts.Declaration declaration) {
		jdbc.sql("INSERT INTO declared_conflict (topic_id, account_id, reason, declared_at) VALUES (?, ?, ?, ?)")
			.params(declaration.topicId(), declaration.accountId(), declaration.reason(), utc(declaration.declaredAt()))
			.update();
	}

	/**
	 * The event's default review window, if it set one, then the calls' own, in the order
	 * set.
	 */
	public List<BackedUpReviewPhase> phases(long eventId) {
		List<BackedUpReviewPhase> phases = new ArrayList<>(jdbc
			.sql("SELECT opens_at, closes_at FROM review_phase_defaults WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new BackedUpReviewPhase(null, null, instant(rs, "opens_at"), instant(rs, "closes_at")))
			.list());
		phases.addAll(jdbc.sql("""
				SELECT microconference_id, plain_track_id, opens_at, closes_at FROM review_phase
				WHERE event_id = ? ORDER BY id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpReviewPhase(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), instant(rs, "opens_at"), instant(rs, "closes_at")))
			.list());
		return phases;
	}

	public void insert(long eventId, BackedUpReviewPhase phase) {
		if (phase.isEventDefault()) {
			jdbc.sql("INSERT INTO review_phase_defaults (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
				.params(eventId, utc(phase.opensAt()), utc(phase.closesAt()))
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO review_phase (event_id, microconference_id, plain_track_id, call_key, opens_at, closes_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, phase.microconferenceId(), phase.plainTrackId(),
					PhaseRepository.callKey(phase.microconferenceId(), phase.plainTrackId()), utc(phase.opensAt()),
					utc(phase.closesAt()))
			.update();
	}

}
