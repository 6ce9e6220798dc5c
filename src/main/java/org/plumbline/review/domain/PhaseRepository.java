package org.plumbline.review.domain;

import java.time.Instant;
import java.util.Optional;

import org.plumbline.jdbc.SqlInstants;
import org.plumbline.review.ReviewPhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Review phases: the event's default window, and a call's own, keyed {@code mc:<id>} or
 * {@code track:<id>}.
 */
@Repository
public class PhaseRepository {

	private final JdbcClient jdbc;

	PhaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String callKey(Long microconferenceId, Long plainTrackId) {
		return microconferenceId != null ? "mc:" + microconferenceId : "track:" + plainTrackId;
	}

	public Optional<ReviewPhase> defaults(long eventId) {
		return jdbc.sql("SELECT opens_at, closes_at, version FROM review_phase_defaults WHERE event_id = ?")
			.param(eventId)
			.query((rs, n) -> new ReviewPhase(SqlInstants.instant(rs, "opens_at"), SqlInstants.instant(rs, "closes_at"),
					false, rs.getInt("version")))
			.optional();
	}

	public Optional<ReviewPhase> ofCall(long eventId, String callKey) {
		return jdbc.sql("SELECT opens_at, closes_at, version FROM review_phase WHERE event_id = ? AND call_key = ?")
			.params(eventId, callKey)
			.query((rs, n) -> new ReviewPhase(SqlInstants.instant(rs, "opens_at"), SqlInstants.instant(rs, "closes_at"),
					true, rs.getInt("version")))
			.optional();
	}

	/**
	 * Saves the event's default window over the version its editor saw (0 for none yet).
	 * @return false if it was stale
	 * @throws org.springframework.dao.DuplicateKeyException if another editor created it
	 * meanwhile
	 */
	public boolean saveDefaults(long eventId, Instant opensAt, Instant closesAt, int version) {
		if (defaults(eventId).isEmpty()) {
			if (version != 0) {
				return false;
			}
			jdbc.sql("INSERT INTO review_phase_defaults (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
				.params(eventId, SqlInstants.utc(opensAt), SqlInstants.utc(closesAt))
				.update();
			return true;
		}
		return jdbc.sql("""
				UPDATE review_phase_defaults SET opens_at = ?, closes_at = ?, version = version + 1
				WHERE event_id = ? AND version = ?""")
			.params(SqlInstants.utc(opensAt), SqlInstants.utc(closesAt), eventId, version)
			.update() == 1;
	}

	/**
	 * Saves a call's own window, or removes it when both instants are {@code null}, over
	 * the version its editor saw (0 for none yet).
	 * @return false if it was stale
	 * @throws org.springframework.dao.DuplicateKeyException if another editor created it
	 * meanwhile
	 */
	public boolean saveCall(long eventId, Long microconferenceId, Long plainTrackId, Instant opensAt, Instant closesAt,
			int version) {
		String key = callKey(microconferenceId, plainTrackId);
		Optional<ReviewPhase> current = ofCall(eventId, key);
		if (current.isEmpty()) {
			if (version != 0) {
				return false;
			}
			if (opensAt != null) {
				jdbc.sql("""
						INSERT INTO review_phase (event_id, microconference_id, plain_track_id, call_key, opens_at,
						                          closes_at)
						VALUES (?, ?, ?, ?, ?, ?)""")
					.params(eventId, microconferenceId, plainTrackId, key, SqlInstants.utc(opensAt),
							SqlInstants.utc(closesAt))
					.update();
			}
			return true;
		}
		if (opensAt == null) {
			return jdbc.sql("DELETE FROM review_phase WHERE event_id = ? AND call_key = ? AND version = ?")
				.params(eventId, key, version)
				.update() == 1;
		}
		return jdbc.sql("""
				UPDATE review_phase SET opens_at = ?, closes_at = ?, version = version + 1
				WHERE event_id = ? AND call_key = ? AND version = ?""")
			.params(SqlInstants.utc(opensAt), SqlInstants.utc(closesAt), eventId, key, version)
			.update() == 1;
	}

}
