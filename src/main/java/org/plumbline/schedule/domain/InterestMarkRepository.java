package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.account.AccountLocks;
import org.plumbline.schedule.BackedUpInterestMark;
import org.plumbline.schedule.RunFileKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interest marks, each by one account or one visitor (by hash) on one MC or one topic. A
 * marker is named by its column ({@code account_id} or {@code visitor_hash}) and value, a
 * subject likewise ({@code microconference_id} or {@code topic_id}); the column names
 * come from {@link Column} only, never from a request.
 */
@Repository
public class InterestMarkRepository {

	/** The columns a marker or a subject is named by. */
	public enum Column {

		ACCOUNT_ID, VISITOR_HASH, MICROCONFERENCE_ID, TOPIC_ID;

		String sql() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final PairCountRepository pairs;

	private final AccountLocks accounts;

	InterestMarkRepository(JdbcClient jdbc, JdbcTemplate batches, PairCountRepository pairs, AccountLocks accounts) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.pairs = pairs;
		this.accounts = accounts;
	}

	public boolean exists(long eventId, Column marker, Object markerValue, Column subject, long subjectId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM interest_mark WHERE event_id = ? AND " + marker.sql() + " = ? AND "
					+ subject.sql() + " = ?")
			.params(eventId, markerValue, subjectId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the marker marked the
	 * subject already (a second request at the same moment), or another marker's change
	 * inserted a count first
	 */
	public void mark(long eventId, Column marker, Object markerValue, Column subject, long subjectId, Instant at) {
		jdbc.sql("INSERT INTO interest_mark (event_id, " + marker.sql() + ", " + subject.sql()
				+ ", created_at) VALUES (?, ?, ?, ?)")
			.params(eventId, markerValue, subjectId, utc(at))
			.update();
		lockMarkerOfMicroconferences(marker, markerValue, subject);
		count(eventId, subject, subjectId, 1);
		countPairs(eventId, marker, markerValue, subject, subjectId, 1);
	}

	/**
	 * Inserts accounts' marks of MCs, each pair once, in batches of a thousand, then
	 * counts the event's pairs of MCs afresh.
	 */
	public void markMicroconferences(long eventId, List<Map.Entry<Long, Long>> accountAndMc, Instant at) {
		batches.batchUpdate(
				"INSERT INTO interest_mark (event_id, account_id, microconference_id, created_at) VALUES (?, ?, ?, ?)",
				accountAndMc, 1000, (statement, mark) -> {
					statement.setLong(1, eventId);
					statement.setLong(2, mark.getKey());
					statement.setLong(3, mark.getValue());
					statement.setObject(4, utc(at));
				});
		Map<Long, Integer> marksPerMc = new TreeMap<>();
		accountAndMc.forEach(mark -> marksPerMc.merge(mark.getValue(), 1, Integer::sum));
		marksPerMc.forEach((mc, marks) -> count(eventId, Column.MICROCONFERENCE_ID, mc, marks));
		pairs.recountEvent(eventId);
	}

	/**
	 * Inserts an event's marks as a backup holds them, in batches of a thousand, then
	 * counts each subject's marks and each pair of MCs' markers afresh.
	 */
	public void restore(long eventId, List<BackedUpInterestMark> marks) {
		batches.batchUpdate("""
				INSERT INTO interest_mark (event_id, account_id, visitor_hash, microconference_id, topic_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""", marks, 1000, (statement, mark) -> {
			statement.setLong(1, eventId);
			statement.setObject(2, mark.accountId());
			statement.setString(3, mark.visitorHash());
			statement.setObject(4, mark.microconferenceId());
			statement.setObject(5, mark.topicId());
			statement.setObject(6, utc(mark.markedAt()));
		});
		jdbc.sql("DELETE FROM interest_count WHERE event_id = ?").param(eventId).update();
		for (Column subject : List.of(Column.MICROCONFERENCE_ID, Column.TOPIC_ID)) {
			jdbc.sql("INSERT INTO interest_count (event_id, " + subject.sql() + ", marks) SELECT event_id, "
					+ subject.sql() + ", COUNT(*) FROM interest_mark WHERE event_id = ? AND " + subject.sql()
					+ " IS NOT NULL GROUP BY event_id, " + subject.sql())
				.param(eventId)
				.update();
		}
		pairs.recountEvent(eventId);
	}

	/** The event's marks, the first made first. */
	public List<BackedUpInterestMark> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT account_id, visitor_hash, microconference_id, topic_id, created_at FROM interest_mark
				WHERE event_id = ? ORDER BY created_at, id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpInterestMark(rs.getObject("account_id", Long.class),
					rs.getString("visitor_hash"), rs.getObject("microconference_id", Long.class),
					rs.getObject("topic_id", Long.class), instant(rs, "created_at")))
			.list();
	}

	public void unmark(long eventId, Column marker, Object markerValue, Column subject, long subjectId) {
		lockMarkerOfMicroconferences(marker, markerValue, subject);
		int removed = jdbc
			.sql("DELETE FROM interest_mark WHERE event_id = ? AND " + marker.sql() + " = ? AND " + subject.sql()
					+ " = ?")
			.params(eventId, markerValue, subjectId)
			.update();
		if (removed > 0) {
			count(eventId, subject, subjectId, -removed);
			countPairs(eventId, marker, markerValue, subject, subjectId, -removed);
		}
	}

	/**
	 * Makes one marker's marks and unmarks of MCs take turns: each pairs its MC with the
	 * marker's other marked MCs, and two at once (two tabs) would each miss the other's
	 * uncommitted mark, so that neither counted their pair. The second waits here, then
	 * reads the first's mark. An account is held by its row; a visitor, who has none, by
	 * their marks' rows (in every event: their cookie serves them all), in id order. A
	 * mark locks after its insert, whose foreign-key locks on the event and the MC so
	 * come first, as for a deletion of the event that cascades into the marks; an unmark
	 * locks before it deletes, so that it holds no row of the marker's that another
	 * change, locking in id order, waits for. A visitor without any mark holds nothing: a
	 * first mark comes with a new cookie, which no other request of theirs carries yet.
	 * Only a visitor who took all their marks away and then marks two MCs at once can
	 * still lose their pair.
	 */
	private void lockMarkerOfMicroconferences(Column marker, Object markerValue, Column subject) {
		if (subject != Column.MICROCONFERENCE_ID) {
			return;
		}
		if (marker == Column.ACCOUNT_ID) {
			accounts.lock((Long) markerValue);
		}
		else {
			jdbc.sql("SELECT id FROM interest_mark WHERE visitor_hash = ? ORDER BY id FOR UPDATE")
				.param(markerValue)
				.query(Long.class)
				.list();
		}
	}

	/**
	 * An MC's mark or unmark moves the pairs it makes with the marker's other marked MCs
	 * ({@link PairCountRepository}).
	 */
	private void countPairs(long eventId, Column marker, Object markerValue, Column subject, long subjectId,
			int change) {
		if (subject == Column.MICROCONFERENCE_ID) {
			pairs.count(eventId, subjectId, marked(eventId, marker, markerValue, Column.MICROCONFERENCE_ID), change);
		}
	}

	/**
	 * Moves the subject's count of marks by {@code change}, in the transaction of the
	 * marks' change: the row, updated in place, holds every concurrent writer until the
	 * first commits. A count that is missing, or that would fall below nothing, was not
	 * kept beside every mark (marks written by hand, or by an instance older than V52
	 * during a rolling upgrade): it is counted afresh from the marks instead.
	 * @throws org.springframework.dao.DuplicateKeyException if another transaction
	 * inserted the subject's first count meanwhile (asking again counts on it)
	 */
	private void count(long eventId, Column subject, long subjectId, int change) {
		int updated = jdbc
			.sql("UPDATE interest_count SET marks = marks + ? WHERE " + subject.sql() + " = ? AND marks + ? >= 0")
			.params(change, subjectId, change)
			.update();
		if (updated == 0) {
			recount(eventId, subject, subjectId);
		}
	}

	/** Sets the subject's count to its number of marks, this transaction's included. */
	private void recount(long eventId, Column subject, long subjectId) {
		String marks = "SELECT COUNT(*) FROM interest_mark WHERE " + subject.sql() + " = ?";
		int updated = jdbc.sql("UPDATE interest_count SET marks = (" + marks + ") WHERE " + subject.sql() + " = ?")
			.params(subjectId, subjectId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO interest_count (event_id, " + subject.sql() + ", marks) SELECT ?, ?, COUNT(*)"
					+ " FROM interest_mark WHERE " + subject.sql() + " = ?")
				.params(eventId, subjectId, subjectId)
				.update();
		}
	}

	/** The subjects of one column the marker marked in the event, ascending. */
	public List<Long> marked(long eventId, Column marker, Object markerValue, Column subject) {
		return jdbc
			.sql("SELECT " + subject.sql() + " FROM interest_mark WHERE event_id = ? AND " + marker.sql() + " = ? AND "
					+ subject.sql() + " IS NOT NULL ORDER BY " + subject.sql())
			.params(eventId, markerValue)
			.query(Long.class)
			.list();
	}

	/**
	 * Subject id of one column to the markers who marked it in the event, each as
	 * "account-ID" or "visitor-HASH", in a stable order.
	 */
	public Map<Long, List<String>> markers(long eventId, Column subject) {
		Map<Long, List<String>> markers = new HashMap<>();
		jdbc.sql("SELECT " + subject.sql() + " AS subject, account_id, visitor_hash FROM interest_mark"
				+ " WHERE event_id = ? AND " + subject.sql() + " IS NOT NULL ORDER BY id")
			.param(eventId)
			.query((rs, row) -> markers.computeIfAbsent(rs.getLong("subject"), unseen -> new ArrayList<>())
				.add(rs.getObject("account_id") != null ? RunFileKeys.accountId(rs.getLong("account_id"))
						: RunFileKeys.visitorId(rs.getString("visitor_hash"))))
			.list();
		return markers;
	}

	/**
	 * Subject id to its number of marks in the event, for the given subjects only, a
	 * thousand at a time.
	 */
	public Map<Long, Integer> counts(long eventId, Column subject, Collection<Long> ids) {
		Map<Long, Integer> counts = new HashMap<>();
		List<Long> distinct = List.copyOf(new HashSet<>(ids));
		for (int from = 0; from < distinct.size(); from += 1000) {
			jdbc.sql("SELECT " + subject.sql() + " AS subject, marks FROM interest_count"
					+ " WHERE event_id = :event AND " + subject.sql() + " IN (:ids) AND marks > 0")
				.param("event", eventId)
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + 1000)))
				.query((rs, row) -> counts.put(rs.getLong("subject"), rs.getInt("marks")))
				.list();
		}
		return counts;
	}

	/** Subject id to its number of marks in the event. */
	public Map<Long, Integer> counts(long eventId, Column subject) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT " + subject.sql() + " AS subject, marks FROM interest_count WHERE event_id = ? AND "
				+ subject.sql() + " IS NOT NULL AND marks > 0")
			.param(eventId)
			.query((rs, row) -> counts.put(rs.getLong("subject"), rs.getInt("marks")))
			.list();
		return counts;
	}

}
