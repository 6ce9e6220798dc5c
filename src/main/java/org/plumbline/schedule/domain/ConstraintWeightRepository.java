package org.plumbline.schedule.domain;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code schedule_constraint_weight}, one per event and constraint an
 * organiser moved off its default, and the event's one version of them all in
 * {@code schedule_constraint_weight_version}.
 */
@Repository
public class ConstraintWeightRepository {

	private final JdbcClient jdbc;

	ConstraintWeightRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored weight: the constraint's and the level's names, and the weight. */
	public record Row(String constraintName, String level, long weight) {
	}

	public List<Row> ofEvent(long eventId) {
		return jdbc.sql("SELECT constraint_name, level, weight FROM schedule_constraint_weight WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getString("constraint_name"), rs.getString("level"), rs.getLong("weight")))
			.list();
	}

	/** The version of the event's weights, 0 until they are first saved. */
	public int version(long eventId) {
		return jdbc.sql("SELECT version FROM schedule_constraint_weight_version WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Moves the event's weights on from the version their editor saw, before they are
	 * changed in the same transaction.
	 * @return false if that version is not the current one
	 */
	public boolean advance(long eventId, int seen) {
		if (seen == 0) {
			try {
				jdbc.sql("INSERT INTO schedule_constraint_weight_version (event_id, version) VALUES (?, 1)")
					.param(eventId)
					.update();
				return true;
			}
			catch (DuplicateKeyException savedMeanwhile) {
				return false;
			}
		}
		return jdbc.sql("""
				UPDATE schedule_constraint_weight_version SET version = version + 1
				WHERE event_id = ? AND version = ?""").params(eventId, seen).update() == 1;
	}

	public void put(long eventId, String constraintName, String level, long weight) {
		remove(eventId, constraintName);
		insert(eventId, constraintName, level, weight);
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the constraint has a
	 * weight already
	 */
	public void insert(long eventId, String constraintName, String level, long weight) {
		jdbc.sql("""
				INSERT INTO schedule_constraint_weight (event_id, constraint_name, level, weight)
				VALUES (?, ?, ?, ?)""").params(eventId, constraintName, level, weight).update();
	}

	public void remove(long eventId, String constraintName) {
		jdbc.sql("DELETE FROM schedule_constraint_weight WHERE event_id = ? AND constraint_name = ?")
			.params(eventId, constraintName)
			.update();
	}

}
