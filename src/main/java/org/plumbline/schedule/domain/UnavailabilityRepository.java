package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The declared unavailability of an event's people and rooms, as stored. */
@Repository
public class UnavailabilityRepository {

	private final JdbcClient jdbc;

	UnavailabilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored interval; exactly one of person and room is set. */
	public record Row(long id, long eventId, Long personId, Long roomId, Instant startsAt, Instant endsAt,
			String reason, int version) {
	}

	public List<Row> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT id, event_id, person_id, room_id, starts_at, ends_at, reason, version FROM unavailability
				WHERE event_id = ? ORDER BY starts_at, id""")
			.param(eventId)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("event_id"), rs.getObject("person_id", Long.class),
					rs.getObject("room_id", Long.class), instant(rs, "starts_at"), instant(rs, "ends_at"),
					rs.getString("reason"), rs.getInt("version")))
			.list();
	}

	public long add(long eventId, Long personId, Long roomId, Instant startsAt, Instant endsAt, String reason) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO unavailability (event_id, person_id, room_id, starts_at, ends_at, reason)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, personId, roomId, utc(startsAt), utc(endsAt), reason)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * @return false if there is no such interval at that version in the event
	 */
	public boolean remove(long eventId, long id, int version) {
		return jdbc.sql("DELETE FROM unavailability WHERE id = ? AND event_id = ? AND version = ?")
			.params(id, eventId, version)
			.update() == 1;
	}

}
