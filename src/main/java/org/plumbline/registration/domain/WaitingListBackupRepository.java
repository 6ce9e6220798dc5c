package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.time.Instant;
import java.util.Optional;

import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.BackedUpWaitingList.Placement;
import org.plumbline.registration.BackedUpWaitingList.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The waiting-list tiers an event saved and its hand placements, read and written whole,
 * for its backup.
 */
@Repository
public class WaitingListBackupRepository {

	private final JdbcClient jdbc;

	WaitingListBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The event's saved tiers and placements; empty if it never saved its tiers. */
	public Optional<BackedUpWaitingList> ofEvent(long eventId) {
		return jdbc.sql("SELECT updated_at FROM waiting_tier_list WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> instant(rs, "updated_at"))
			.optional()
			.map(updatedAt -> new BackedUpWaitingList(updatedAt,
					jdbc.sql("""
							SELECT id, name, position, standing_rule, is_default FROM waiting_tier
							WHERE event_id = ? ORDER BY position""")
						.param(eventId)
						.query((rs, row) -> new Tier(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
								rs.getString("standing_rule"), rs.getBoolean("is_default")))
						.list(),
					jdbc.sql("""
							SELECT account_id, tier_id, placed_by, placed_at, reason FROM waiting_tier_placement
							WHERE event_id = ? ORDER BY placed_at, account_id""")
						.param(eventId)
						.query((rs, row) -> new Placement(rs.getLong("account_id"), rs.getLong("tier_id"),
								rs.getObject("placed_by", Long.class), instant(rs, "placed_at"),
								rs.getString("reason")))
						.list()));
	}

	/** Saves that the event has its own tiers, at the first version. */
	public void insertList(long eventId, Instant updatedAt) {
		jdbc.sql("INSERT INTO waiting_tier_list (event_id, version, updated_at) VALUES (?, 1, ?)")
			.params(eventId, utc(updatedAt))
			.update();
	}

	/**
	 * @return the tier's id
	 */
	public long insertTier(long eventId, Tier tier) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO waiting_tier (event_id, name, position, standing_rule, is_default)
				VALUES (?, ?, ?, ?, ?)""")
			.params(eventId, tier.name(), tier.position(), tier.standingRule(), tier.isDefault())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void insertPlacement(long eventId, Placement placement) {
		jdbc.sql("""
				INSERT INTO waiting_tier_placement (event_id, account_id, tier_id, placed_by, placed_at, reason)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, placement.accountId(), placement.tierId(), placement.placedBy(), utc(placement.placedAt()),
					placement.reason())
			.update();
	}

}
