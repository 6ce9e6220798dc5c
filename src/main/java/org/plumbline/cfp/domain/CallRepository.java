package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.CallDefaults;
import org.plumbline.jdbc.SqlInstants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The event's default window and durations, the MCs' own settings and the plain tracks.
 * Stored settings start at version 1, so that version 0 means "none yet" and a form
 * opened before the first save cannot overwrite it.
 */
@Repository
public class CallRepository {

	private static final String SELECT_TRACKS = """
			SELECT id, event_id, slug, name, opens_at, closes_at, durations, version
			FROM plain_track""";

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CallDefaults> defaults(long eventId) {
		return jdbc.sql("SELECT opens_at, closes_at, durations, version FROM topic_call_defaults WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new CallDefaults(SqlInstants.instant(rs, "opens_at"),
					SqlInstants.instant(rs, "closes_at"), Durations.parseStored(rs.getString("durations")),
					rs.getInt("version")))
			.optional();
	}

	public void insertDefaults(long eventId, Instant opensAt, Instant closesAt, List<Integer> durations) {
		jdbc.sql("""
				INSERT INTO topic_call_defaults (event_id, opens_at, closes_at, durations, version)
				VALUES (?, ?, ?, ?, 1)""")
			.params(eventId, SqlInstants.utc(opensAt), SqlInstants.utc(closesAt), Durations.stored(durations))
			.update();
	}

	/** Whether the stored defaults were at the expected version (and are now saved). */
	public boolean updateDefaults(long eventId, Instant opensAt, Instant closesAt, List<Integer> durations,
			int expectedVersion) {
		return jdbc.sql("""
				UPDATE topic_call_defaults SET opens_at = ?, closes_at = ?, durations = ?, version = version + 1
				WHERE event_id = ? AND version = ?""")
			.params(SqlInstants.utc(opensAt), SqlInstants.utc(closesAt), Durations.stored(durations), eventId,
					expectedVersion)
			.update() == 1;
	}

	/** The own settings of the event's MCs that have any, by MC id. */
	public Map<Long, CallOverride> microconferenceSettings(long eventId) {
		Map<Long, CallOverride> settings = new HashMap<>();
		jdbc.sql("""
				SELECT c.microconference_id, c.opens_at, c.closes_at, c.durations, c.version
				FROM mc_topic_call c JOIN microconference m ON m.id = c.microconference_id
				WHERE m.event_id = ?""").param(eventId).query(rs -> {
			settings.put(rs.getLong("microconference_id"), override(rs));
		});
		return settings;
	}

	/** The own settings of one MC, if it has any. */
	public Optional<CallOverride> settingsOf(long microconferenceId) {
		return jdbc.sql("""
				SELECT microconference_id, opens_at, closes_at, durations, version
				FROM mc_topic_call WHERE microconference_id = ?""")
			.param(microconferenceId)
			.query((rs, row) -> override(rs))
			.optional();
	}

	public void insertMicroconferenceSettings(long microconferenceId, CallOverride settings) {
		jdbc.sql("""
				INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at, durations, version)
				VALUES (?, ?, ?, ?, 1)""")
			.params(microconferenceId, SqlInstants.utc(settings.opensAt()), SqlInstants.utc(settings.closesAt()),
					Durations.stored(settings.durations()))
			.update();
	}

	public boolean updateMicroconferenceSettings(long microconferenceId, CallOverride settings, int expectedVersion) {
		return jdbc.sql("""
				UPDATE mc_topic_call SET opens_at = ?, closes_at = ?, durations = ?, version = version + 1
				WHERE microconference_id = ? AND version = ?""")
			.params(SqlInstants.utc(settings.opensAt()), SqlInstants.utc(settings.closesAt()),
					Durations.stored(settings.durations()), microconferenceId, expectedVersion)
			.update() == 1;
	}

	/** The event's plain tracks, in the order they were created. */
	public List<PlainTrackRow> plainTracks(long eventId) {
		return jdbc.sql(SELECT_TRACKS + " WHERE event_id = ? ORDER BY id")
			.param(eventId)
			.query(CallRepository::track)
			.list();
	}

	public Optional<PlainTrackRow> plainTrack(long trackId) {
		return jdbc.sql(SELECT_TRACKS + " WHERE id = ?").param(trackId).query(CallRepository::track).optional();
	}

	public long insertPlainTrack(long eventId, String slug, String name, CallOverride settings) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plain_track (event_id, slug, name, opens_at, closes_at, durations, version)
				VALUES (?, ?, ?, ?, ?, ?, 1)""")
			.params(eventId, slug, name, SqlInstants.utc(settings.opensAt()), SqlInstants.utc(settings.closesAt()),
					Durations.stored(settings.durations()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public boolean updatePlainTrack(long trackId, CallOverride settings, int expectedVersion) {
		return jdbc.sql("""
				UPDATE plain_track SET opens_at = ?, closes_at = ?, durations = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(SqlInstants.utc(settings.opensAt()), SqlInstants.utc(settings.closesAt()),
					Durations.stored(settings.durations()), trackId, expectedVersion)
			.update() == 1;
	}

	private static PlainTrackRow track(ResultSet rs, int row) throws SQLException {
		return new PlainTrackRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("slug"), rs.getString("name"),
				override(rs));
	}

	private static CallOverride override(ResultSet rs) throws SQLException {
		return new CallOverride(SqlInstants.instant(rs, "opens_at"), SqlInstants.instant(rs, "closes_at"),
				Durations.parseStored(rs.getString("durations")), rs.getInt("version"));
	}

}
