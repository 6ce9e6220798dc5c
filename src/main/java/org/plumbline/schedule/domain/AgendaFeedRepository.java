package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.Optional;

import org.plumbline.schedule.InterestMarker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one live feed token (by hash) of each marker and event. */
@Repository
public class AgendaFeedRepository {

	private final JdbcClient jdbc;

	AgendaFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the marker's token in the event, if any, by this one. */
	public void replace(long eventId, InterestMarker marker, String tokenHash, Instant at) {
		delete(eventId, marker);
		jdbc.sql("""
				INSERT INTO agenda_feed (event_id, account_id, visitor_hash, token_hash, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(eventId, marker.accountId(), marker.visitorHash(), tokenHash, utc(at))
			.update();
	}

	/**
	 * @return whether there was a token to delete
	 */
	public boolean delete(long eventId, InterestMarker marker) {
		return jdbc.sql("""
				DELETE FROM agenda_feed
				WHERE event_id = ? AND (account_id = ? OR visitor_hash = ?)""")
			.params(eventId, marker.accountId(), marker.visitorHash())
			.update() > 0;
	}

	public boolean exists(long eventId, InterestMarker marker) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM agenda_feed
				WHERE event_id = ? AND (account_id = ? OR visitor_hash = ?)""")
			.params(eventId, marker.accountId(), marker.visitorHash())
			.query(Long.class)
			.single() > 0;
	}

	public Optional<InterestMarker> markerOf(long eventId, String tokenHash) {
		return jdbc.sql("SELECT account_id, visitor_hash FROM agenda_feed WHERE event_id = ? AND token_hash = ?")
			.params(eventId, tokenHash)
			.query((rs, row) -> new InterestMarker(rs.getObject("account_id", Long.class),
					rs.getString("visitor_hash")))
			.optional();
	}

}
