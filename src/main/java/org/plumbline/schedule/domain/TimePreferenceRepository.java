package org.plumbline.schedule.domain;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code microconference_time_preference}, one per MC and time block its
 * leads prefer or avoid, and each MC's one version of them all in
 * {@code microconference_time_preference_version}.
 */
@Repository
public class TimePreferenceRepository {

	private final JdbcClient jdbc;

	TimePreferenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored preference: the MC, the block and the preference's name. */
	public record Row(long microconferenceId, long timeBlockId, String preference) {
	}

	/** The preferences of every MC of the event. */
	public List<Row> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT p.microconference_id, p.time_block_id, p.preference
				FROM microconference_time_preference p JOIN microconference m ON m.id = p.microconference_id
				WHERE m.event_id = ?
				ORDER BY p.microconference_id, p.time_block_id""")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getLong("microconference_id"), rs.getLong("time_block_id"),
					rs.getString("preference")))
			.list();
	}

	/** The version of the MC's preferences, 0 until they are first saved. */
	public int version(long microconferenceId) {
		return jdbc.sql("SELECT version FROM microconference_time_preference_version WHERE microconference_id = ?")
			.param(microconferenceId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Moves the MC's preferences on from the version their editor saw, before they are
	 * replaced in the same transaction.
	 * @return false if that version is not the current one
	 */
	public boolean advance(long microconferenceId, int seen) {
		if (seen == 0) {
			try {
				jdbc.sql("""
						INSERT INTO microconference_time_preference_version (microconference_id, version)
						VALUES (?, 1)""").param(microconferenceId).update();
				return true;
			}
			catch (DuplicateKeyException savedMeanwhile) {
				return false;
			}
		}
		return jdbc.sql("""
				UPDATE microconference_time_preference_version SET version = version + 1
				WHERE microconference_id = ? AND version = ?""").params(microconferenceId, seen).update() == 1;
	}

	/** Replaces the MC's preferences: block id to the preference's name. */
	public void replace(long microconferenceId, Map<Long, String> preferences) {
		jdbc.sql("DELETE FROM microconference_time_preference WHERE microconference_id = ?")
			.param(microconferenceId)
			.update();
		preferences.forEach((block, preference) -> insert(microconferenceId, block, preference));
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the MC said something of
	 * the block already
	 */
	public void insert(long microconferenceId, long timeBlockId, String preference) {
		jdbc.sql("""
				INSERT INTO microconference_time_preference (microconference_id, time_block_id, preference)
				VALUES (?, ?, ?)""").params(microconferenceId, timeBlockId, preference).update();
	}

}
