package org.plumbline.event.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.event.Event;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class EventRepository {

	private static final String EVENT_COLUMNS = "id, slug, name, start_date, end_date, time_zone, venue, version";

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Event> findAll() {
		return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event ORDER BY start_date DESC, slug")
			.query(EventRepository::event)
			.list();
	}

	public Optional<Event> findBySlug(String slug) {
		return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE slug = ?")
			.param(slug)
			.query(EventRepository::event)
			.optional();
	}

	public Optional<Event> findById(long id) {
		return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE id = ?")
			.param(id)
			.query(EventRepository::event)
			.optional();
	}

	public long insert(NewEvent event) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone, venue)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(event.slug(), event.name(), event.startDate(), event.endDate(), event.timeZone().getId(),
					event.venue())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void delete(long eventId) {
		jdbc.sql("DELETE FROM event WHERE id = ?").param(eventId).update();
	}

	public void insertRoom(long eventId, UUID guid, NewRoom room, int position) {
		jdbc.sql("INSERT INTO room (event_id, guid, name, capacity, position) VALUES (?, ?, ?, ?, ?)")
			.params(eventId, guid, room.name(), room.capacity(), position)
			.update();
	}

	public List<Room> rooms(long eventId) {
		return jdbc.sql("SELECT id, guid, name, capacity, position FROM room WHERE event_id = ? ORDER BY position")
			.param(eventId)
			.query((rs, row) -> new Room(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getString("name"),
					rs.getInt("capacity"), rs.getInt("position")))
			.list();
	}

	public void insertTimeBlock(long eventId, String label, Instant startsAt, Instant endsAt, Instant breakStartsAt,
			Instant breakEndsAt) {
		jdbc.sql("""
				INSERT INTO time_block (event_id, label, starts_at, ends_at, break_starts_at, break_ends_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, label, utc(startsAt), utc(endsAt), utc(breakStartsAt), utc(breakEndsAt))
			.update();
	}

	public List<TimeBlock> timeBlocks(long eventId) {
		return jdbc.sql("""
				SELECT id, label, starts_at, ends_at, break_starts_at, break_ends_at
				FROM time_block WHERE event_id = ? ORDER BY starts_at, id""")
			.param(eventId)
			.query((rs, row) -> new TimeBlock(rs.getLong("id"), rs.getString("label"), instant(rs, "starts_at"),
					instant(rs, "ends_at"), instant(rs, "break_starts_at"), instant(rs, "break_ends_at")))
			.list();
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				ZoneId.of(rs.getString("time_zone")), rs.getString("venue"), rs.getInt("version"));
	}

}
