package org.plumbline.cfp.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;

import org.plumbline.copy.EventCopy;
import org.plumbline.copy.WeekShift;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Copies the calls' settings of one event into a new one: the default window, durations
 * and budgets, and the plain tracks with their own settings and the questions still
 * asked. No topic, answer or decision. A copied row starts at version 1, as a created one
 * does, so that a form opened on "none yet" (version 0) is stale after it.
 */
@Repository
public class CallCopyRepository {

	private final JdbcClient jdbc;

	CallCopyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Defaults(Instant opensAt, Instant closesAt, String durations, int budget, int reminderDays) {
	}

	private record Track(long id, String slug, String name, Instant opensAt, Instant closesAt, String durations,
			Integer budget) {
	}

	/**
	 * @return whether the event had defaults to copy
	 */
	public boolean copyDefaults(EventCopy copy) {
		WeekShift shift = copy.shift();
		List<Defaults> defaults = jdbc.sql("""
				SELECT opens_at, closes_at, durations, minutes_budget, reminder_days
				FROM topic_call_defaults WHERE event_id = ?""")
			.param(copy.fromEventId())
			.query((rs, n) -> new Defaults(instant(rs, "opens_at"), instant(rs, "closes_at"), rs.getString("durations"),
					rs.getInt("minutes_budget"), rs.getInt("reminder_days")))
			.list();
		for (Defaults row : defaults) {
			jdbc.sql("""
					INSERT INTO topic_call_defaults (event_id, opens_at, closes_at, durations, minutes_budget,
					                                 reminder_days, version)
					VALUES (?, ?, ?, ?, ?, ?, 1)""")
				.params(copy.toEventId(), utc(shift.instant("Calls for topics open", row.opensAt())),
						utc(shift.instant("Calls for topics close", row.closesAt())), row.durations(), row.budget(),
						row.reminderDays())
				.update();
		}
		return !defaults.isEmpty();
	}

	/**
	 * Copies each plain track and remembers its new id in the copy.
	 * @return how many
	 */
	public int copyPlainTracks(EventCopy copy) {
		WeekShift shift = copy.shift();
		List<Track> tracks = jdbc.sql("""
				SELECT id, slug, name, opens_at, closes_at, durations, minutes_budget
				FROM plain_track WHERE event_id = ? ORDER BY id""")
			.param(copy.fromEventId())
			.query((rs, n) -> new Track(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					instant(rs, "opens_at"), instant(rs, "closes_at"), rs.getString("durations"),
					rs.getObject("minutes_budget", Integer.class)))
			.list();
		for (Track track : tracks) {
			var keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO plain_track (event_id, slug, name, opens_at, closes_at, durations, minutes_budget,
					                         version)
					VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(copy.toEventId(), track.slug(), track.name(),
						utc(shift.instant("Track \"" + track.name() + "\" opens", track.opensAt())),
						utc(shift.instant("Track \"" + track.name() + "\" closes", track.closesAt())),
						track.durations(), track.budget())
				.update(keys, "id");
			copy.plainTrack(track.id(), keys.getKeyAs(Number.class).longValue());
		}
		return tracks.size();
	}

	/**
	 * Copies the questions the plain tracks still ask, in their order; retired ones stay
	 * with the answers they had.
	 * @return how many
	 */
	public int copyPlainTrackQuestions(EventCopy copy) {
		int copied = 0;
		for (var track : copy.plainTracks().entrySet()) {
			copied += jdbc.sql("""
					INSERT INTO call_question (event_id, plain_track_id, position, kind, label, help, options, required)
					SELECT ?, ?, position, kind, label, help, options, required FROM call_question
					WHERE event_id = ? AND plain_track_id = ? AND retired_at IS NULL""")
				.params(copy.toEventId(), track.getValue(), copy.fromEventId(), track.getKey())
				.update();
		}
		return copied;
	}

}
