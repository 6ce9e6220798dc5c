package org.plumbline.review.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.copy.EventCopy;
import org.plumbline.copy.WeekShift;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Copies an event's review phases into a new one: the default phase and the plain tracks'
 * own (an MC's belongs to an MC, which a clone copies at most as a proposal).
 */
@Repository
public class PhaseCopyRepository {

	private final JdbcClient jdbc;

	PhaseCopyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Phase(Long plainTrackId, Instant opensAt, Instant closesAt) {
	}

	/**
	 * @return how many phases it copied
	 */
	public int copy(EventCopy copy) {
		WeekShift shift = copy.shift();
		int copied = 0;
		Optional<Phase> defaults = jdbc.sql("SELECT opens_at, closes_at FROM review_phase_defaults WHERE event_id = ?")
			.param(copy.fromEventId())
			.query((rs, n) -> new Phase(null, instant(rs, "opens_at"), instant(rs, "closes_at")))
			.optional();
		if (defaults.isPresent()) {
			jdbc.sql("INSERT INTO review_phase_defaults (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
				.params(copy.toEventId(), utc(shift.instant("Review phase opens", defaults.get().opensAt())),
						utc(shift.instant("Review phase closes", defaults.get().closesAt())))
				.update();
			copied++;
		}
		List<Phase> ofTracks = jdbc.sql("""
				SELECT plain_track_id, opens_at, closes_at FROM review_phase
				WHERE event_id = ? AND plain_track_id IS NOT NULL ORDER BY id""")
			.param(copy.fromEventId())
			.query((rs, n) -> new Phase(rs.getLong("plain_track_id"), instant(rs, "opens_at"),
					instant(rs, "closes_at")))
			.list();
		for (Phase phase : ofTracks) {
			Optional<Long> track = copy.newPlainTrack(phase.plainTrackId());
			if (track.isPresent()) {
				jdbc.sql("""
						INSERT INTO review_phase (event_id, plain_track_id, call_key, opens_at, closes_at)
						VALUES (?, ?, ?, ?, ?)""")
					.params(copy.toEventId(), track.get(), PhaseRepository.callKey(null, track.get()),
							utc(shift.instant("A track's review phase opens", phase.opensAt())),
							utc(shift.instant("A track's review phase closes", phase.closesAt())))
					.update();
				copied++;
			}
		}
		return copied;
	}

}
