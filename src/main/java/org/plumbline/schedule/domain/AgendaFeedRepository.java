package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plumbline.schedule.BackedUpAgendaFeed;
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

	/** The event's feeds by when they were made, then by their token's hash. */
	public List<BackedUpAgendaFeed> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT account_id, visitor_hash, token_hash, created_at FROM agenda_feed
				WHERE event_id = ? ORDER BY created_at, token_hash""")
			.param(eventId)
			.query((rs, row) -> new BackedUpAgendaFeed(rs.getObject("account_id", Long.class),
					rs.getString("visitor_hash"), rs.getString("token_hash"), instant(rs, "created_at")))
			.list();
	}

	public void insert(long eventId, BackedUpAgendaFeed feed) {
		jdbc.sql("""
				INSERT INTO agenda_feed (event_id, account_id, visitor_hash, token_hash, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(eventId, feed.accountId(), feed.visitorSha256(), feed.tokenSha256(), utc(feed.createdAt()))
			.update();
	}

}
