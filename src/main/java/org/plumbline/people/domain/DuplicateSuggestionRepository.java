package org.plumbline.people.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.plumbline.people.DuplicateReason;
import org.plumbline.people.domain.DuplicatePairs.Pair;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code duplicate_suggestion} table. A suggestion is open while it is neither
 * dismissed nor resolved by a merge. Pairs are passed in their stored order,
 * {@code first < second}.
 */
@Repository
public class DuplicateSuggestionRepository {

	private static final String COLUMNS = "id, first_person_id, second_person_id, reason, created_at";

	private static final String OPEN = "dismissed_at IS NULL AND resolved_at IS NULL";

	/**
	 * Open suggestions between two live persons. A merge moves or resolves every open
	 * suggestion of the merged person, but a suggestion inserted while the merge waited
	 * to commit still names it; such a row is left out rather than offered for a merge
	 * that would be refused.
	 */
	private static final String SELECT_OPEN = """
			SELECT s.id, s.first_person_id, s.second_person_id, s.reason, s.created_at
			FROM duplicate_suggestion s
			JOIN person first_person ON first_person.id = s.first_person_id AND first_person.merged_into_id IS NULL
			JOIN person second_person ON second_person.id = s.second_person_id AND second_person.merged_into_id IS NULL
			WHERE s.dismissed_at IS NULL AND s.resolved_at IS NULL""";

	/** At most this many ids are named in one statement. */
	public static final int MAX_IDS_AT_ONCE = 10_000;

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	DuplicateSuggestionRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Whether the pair has a suggestion, in any state. */
	public boolean exists(long first, long second) {
		return jdbc.sql("SELECT count(*) FROM duplicate_suggestion WHERE first_person_id = ? AND second_person_id = ?")
			.params(first, second)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the pair has a suggestion
	 * already (a concurrent call inserted it first)
	 */
	public long insert(long first, long second, DuplicateReason reason, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO duplicate_suggestion (first_person_id, second_person_id, reason, created_at)
				VALUES (?, ?, ?, ?)""").params(first, second, reason.name(), utc(now)).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Two persons a suggestion names, in stored order. */
	public record SuggestedPair(long first, long second) {
	}

	/**
	 * The pairs with a suggestion, in any state, that name at least one of these persons.
	 * @param personIds at most {@value #MAX_IDS_AT_ONCE} ids
	 */
	public Set<SuggestedPair> pairsInvolving(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Set.of();
		}
		Set<SuggestedPair> pairs = new HashSet<>();
		jdbc.sql("""
				SELECT first_person_id, second_person_id FROM duplicate_suggestion
				WHERE first_person_id IN (:ids) OR second_person_id IN (:ids)""").param("ids", personIds).query(rs -> {
			pairs.add(new SuggestedPair(rs.getLong("first_person_id"), rs.getLong("second_person_id")));
		});
		return pairs;
	}

	/** Inserts the pairs, none of which may have a suggestion yet, in batches. */
	public void insertAll(List<Pair> pairs, Instant now) {
		batches.batchUpdate("""
				INSERT INTO duplicate_suggestion (first_person_id, second_person_id, reason, created_at)
				VALUES (?, ?, ?, ?)""", pairs, BATCH, (statement, pair) -> {
			statement.setLong(1, pair.first());
			statement.setLong(2, pair.second());
			statement.setString(3, pair.reason().name());
			statement.setObject(4, utc(now));
		});
	}

	public List<StoredSuggestion> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM duplicate_suggestion WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids)
			.query(DuplicateSuggestionRepository::suggestion)
			.list();
	}

	public Optional<StoredSuggestion> findOpen(long id) {
		return jdbc.sql(SELECT_OPEN + " AND s.id = ?")
			.param(id)
			.query(DuplicateSuggestionRepository::suggestion)
			.optional();
	}

	/** The open suggestions, oldest first. */
	public List<StoredSuggestion> findOpen() {
		return jdbc.sql(SELECT_OPEN + " ORDER BY s.id").query(DuplicateSuggestionRepository::suggestion).list();
	}

	/** The open suggestions that name at least one of these persons, oldest first. */
	public List<StoredSuggestion> findOpenInvolving(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql(SELECT_OPEN + " AND (s.first_person_id IN (:ids) OR s.second_person_id IN (:ids)) ORDER BY s.id")
			.param("ids", personIds)
			.query(DuplicateSuggestionRepository::suggestion)
			.list();
	}

	/**
	 * @return false if the suggestion is not open (dismissed or resolved already)
	 */
	public boolean dismiss(long id, long accountId, Instant now) {
		return jdbc.sql("UPDATE duplicate_suggestion SET dismissed_at = ?, dismissed_by = ? WHERE id = ? AND " + OPEN)
			.params(utc(now), accountId, id)
			.update() == 1;
	}

	/** Marks the pair's suggestion, if it has one, as resolved by their merge. */
	public void resolve(long first, long second, Instant now) {
		jdbc.sql("""
				UPDATE duplicate_suggestion SET resolved_at = ?
				WHERE first_person_id = ? AND second_person_id = ? AND resolved_at IS NULL""")
			.params(utc(now), first, second)
			.update();
	}

	/**
	 * The suggestions, open or dismissed, that name this person; resolved ones are the
	 * record of a merge and are left as they are.
	 */
	public List<StoredSuggestion> findUnresolvedOf(long personId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM duplicate_suggestion
				WHERE (first_person_id = ? OR second_person_id = ?) AND resolved_at IS NULL ORDER BY id""")
			.params(personId, personId)
			.query(DuplicateSuggestionRepository::suggestion)
			.list();
	}

	public void changePair(long id, long first, long second) {
		jdbc.sql("UPDATE duplicate_suggestion SET first_person_id = ?, second_person_id = ? WHERE id = ?")
			.params(first, second, id)
			.update();
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM duplicate_suggestion WHERE id = ?").param(id).update();
	}

	private static StoredSuggestion suggestion(ResultSet rs, int row) throws SQLException {
		return new StoredSuggestion(rs.getLong("id"), rs.getLong("first_person_id"), rs.getLong("second_person_id"),
				DuplicateReason.valueOf(rs.getString("reason")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
