package org.plumbline.schedule.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.plumbline.schedule.SharedAudience;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many markers marked both MCs of a pair ({@code interest_pair_count}, V59), kept in
 * the transaction of every MC mark and unmark so that the organisers' audience matrix
 * reads one row per pair shown instead of joining the MCs' marks marker by marker. A pair
 * is kept with its smaller MC id first. Pairs are changed in that order, so two markers'
 * changes lock the rows they share in the same order and never wait for each other in a
 * circle.
 */
@Repository
public class PairCountRepository {

	/**
	 * A marker is an account or a visitor, never both, so pairs are joined on each column
	 * apart: a join on either of two columns could use neither column's index.
	 */
	private static final String PAIRS_OF_ONE_MARKER = """
			SELECT a.microconference_id AS first_mc, b.microconference_id AS second_mc
			FROM interest_mark a
			JOIN interest_mark b ON b.%1$s = a.%1$s AND b.event_id = a.event_id
			                    AND b.microconference_id > a.microconference_id
			WHERE a.event_id = ?%2$s""";

	private static final String OF_ONE_PAIR = " AND a.microconference_id = ? AND b.microconference_id = ?";

	private static final String MARKERS_OF_ONE_PAIR = "SELECT (SELECT COUNT(*) FROM ("
			+ PAIRS_OF_ONE_MARKER.formatted("account_id", OF_ONE_PAIR) + ") by_account) + (SELECT COUNT(*) FROM ("
			+ PAIRS_OF_ONE_MARKER.formatted("visitor_hash", OF_ONE_PAIR) + ") by_visitor)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PairCountRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Moves by {@code change} the count of each pair the MC makes with the marker's other
	 * marked MCs. A count that is missing, or that would fall below nothing, was not kept
	 * beside every mark (marks written by hand): it is counted afresh from the marks.
	 * @throws org.springframework.dao.DuplicateKeyException if another transaction
	 * inserted a pair's first count meanwhile (asking again counts on it)
	 */
	void count(long eventId, long microconferenceId, Collection<Long> othersOfTheMarker, int change) {
		List<long[]> pairs = othersOfTheMarker.stream()
			.filter(other -> other != microconferenceId)
			.map(other -> new long[] { Math.min(other, microconferenceId), Math.max(other, microconferenceId) })
			.sorted((one, two) -> one[0] != two[0] ? Long.compare(one[0], two[0]) : Long.compare(one[1], two[1]))
			.toList();
		if (pairs.isEmpty()) {
			return;
		}
		int[][] updated = batches.batchUpdate("""
				UPDATE interest_pair_count SET markers = markers + ?
				WHERE first_mc = ? AND second_mc = ? AND markers + ? >= 0""", pairs, pairs.size(),
				(statement, pair) -> {
					statement.setInt(1, change);
					statement.setLong(2, pair[0]);
					statement.setLong(3, pair[1]);
					statement.setInt(4, change);
				});
		List<long[]> uncounted = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			if (updated[0][i] == 0) {
				uncounted.add(pairs.get(i));
			}
		}
		uncounted.forEach(pair -> recount(eventId, pair[0], pair[1]));
	}

	/**
	 * Sets the pair's count to its number of markers, this transaction's marks included.
	 */
	private void recount(long eventId, long firstMc, long secondMc) {
		int updated = jdbc
			.sql("UPDATE interest_pair_count SET markers = (" + MARKERS_OF_ONE_PAIR
					+ ") WHERE first_mc = ? AND second_mc = ?")
			.params(eventId, firstMc, secondMc, eventId, firstMc, secondMc, firstMc, secondMc)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO interest_pair_count (event_id, first_mc, second_mc, markers) VALUES (?, ?, ?, ("
					+ MARKERS_OF_ONE_PAIR + "))")
				.params(eventId, firstMc, secondMc, eventId, firstMc, secondMc, eventId, firstMc, secondMc)
				.update();
		}
	}

	/**
	 * Counts every pair of the event afresh from its marks: after marks written in
	 * batches, where counting pair by pair would cost a statement per mark and pair.
	 */
	void recountEvent(long eventId) {
		jdbc.sql("DELETE FROM interest_pair_count WHERE event_id = ?").param(eventId).update();
		jdbc.sql("INSERT INTO interest_pair_count (event_id, first_mc, second_mc, markers)"
				+ " SELECT ?, first_mc, second_mc, COUNT(*) FROM (" + PAIRS_OF_ONE_MARKER.formatted("account_id", "")
				+ " UNION ALL " + PAIRS_OF_ONE_MARKER.formatted("visitor_hash", "")
				+ ") pairs GROUP BY first_mc, second_mc")
			.params(eventId, eventId, eventId)
			.update();
	}

	/** The pairs of the event with a marker in common, as kept. */
	public List<SharedAudience> shared(long eventId) {
		return jdbc.sql("""
				SELECT first_mc, second_mc, markers FROM interest_pair_count
				WHERE event_id = :event AND markers > 0""").param("event", eventId).query(this::pair).list();
	}

	/** The pairs of the given MCs with a marker in common, as kept. */
	public List<SharedAudience> sharedAmong(long eventId, Collection<Long> microconferenceIds) {
		return jdbc.sql("""
				SELECT first_mc, second_mc, markers FROM interest_pair_count
				WHERE event_id = :event AND first_mc IN (:among) AND second_mc IN (:among) AND markers > 0""")
			.param("event", eventId)
			.param("among", microconferenceIds)
			.query(this::pair)
			.list();
	}

	private SharedAudience pair(ResultSet rs, int row) throws SQLException {
		return new SharedAudience(rs.getLong("first_mc"), rs.getLong("second_mc"), rs.getInt("markers"));
	}

}
