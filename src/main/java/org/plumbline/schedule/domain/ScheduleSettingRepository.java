package org.plumbline.schedule.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The row of {@code schedule_setting}: an event's switches for its timetable, made at the
 * first save (until then each has its default).
 */
@Repository
public class ScheduleSettingRepository {

	private final JdbcClient jdbc;

	ScheduleSettingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored switch and the row's version. */
	public record Row(boolean releaseAcceptedTalks, int version) {
	}

	public Optional<Row> find(long eventId) {
		return jdbc.sql("SELECT release_accepted_talks, version FROM schedule_setting WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getBoolean("release_accepted_talks"), rs.getInt("version")))
			.optional();
	}

	/**
	 * Saves the switch over the version its editor saw (0 for no row yet).
	 * @return false if it was stale
	 * @throws org.springframework.dao.DuplicateKeyException if another editor created the
	 * row meanwhile
	 */
	public boolean save(long eventId, boolean releaseAcceptedTalks, int version, boolean exists) {
		if (!exists) {
			if (version != 0) {
				return false;
			}
			// version 1, since a form shows 0 for the default: one opened before this row
			// was made must be stale against it
			jdbc.sql("INSERT INTO schedule_setting (event_id, release_accepted_talks, version) VALUES (?, ?, 1)")
				.params(eventId, releaseAcceptedTalks)
				.update();
			return true;
		}
		return jdbc.sql("""
				UPDATE schedule_setting SET release_accepted_talks = ?, version = version + 1
				WHERE event_id = ? AND version = ?""").params(releaseAcceptedTalks, eventId, version).update() == 1;
	}

}
