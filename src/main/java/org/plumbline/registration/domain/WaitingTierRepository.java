package org.plumbline.registration.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The waiting-list tiers events saved, and the people placed in them by hand. */
@Repository
public class WaitingTierRepository {

	private final JdbcClient jdbc;

	WaitingTierRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored tier; {@code rule} is the enum's name, or {@code null}. */
	public record TierRow(long id, String name, int position, String rule, boolean isDefault) {
	}

	/** A stored hand placement. */
	public record PlacementRow(long accountId, long tierId, Long placedBy, Instant placedAt, String reason) {
	}

	/** The version of the event's tiers, 0 until they are first saved. */
	public int version(long eventId) {
		return jdbc.sql("SELECT version FROM waiting_tier_list WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Moves the event's tiers on from the version their editor saw, before they are
	 * changed in the same transaction; from 0, saves that the event has its own tiers,
	 * and only one of two editors doing so at once succeeds (the list's primary key).
	 * Either way the list's row stays locked until the transaction ends, so changes to
	 * one event's tiers happen one after the other.
	 * @return false if that version is not the current one
	 */
	public boolean advance(long eventId, int seen, Instant now) {
		if (seen == 0) {
			try {
				jdbc.sql("INSERT INTO waiting_tier_list (event_id, version, updated_at) VALUES (?, 1, ?)")
					.params(eventId, utc(now))
					.update();
				return true;
			}
			catch (DuplicateKeyException savedMeanwhile) {
				return false;
			}
		}
		return jdbc.sql("""
				UPDATE waiting_tier_list SET version = version + 1, updated_at = ?
				WHERE event_id = ? AND version = ?""").params(utc(now), eventId, seen).update() == 1;
	}

	/** The event's saved tiers in order; none if it never saved them. */
	public List<TierRow> tiers(long eventId) {
		return jdbc.sql("""
				SELECT id, name, position, standing_rule, is_default FROM waiting_tier
				WHERE event_id = ? ORDER BY position""")
			.param(eventId)
			.query((rs, row) -> new TierRow(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
					rs.getString("standing_rule"), rs.getBoolean("is_default")))
			.list();
	}

	/** Adds a tier after the event's last. */
	public long insertTier(long eventId, String name, String rule, boolean isDefault) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO waiting_tier (event_id, name, position, standing_rule, is_default)
				VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM waiting_tier WHERE event_id = ?), ?, ?)""")
			.params(eventId, name, eventId, rule, isDefault)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void rename(long tierId, String name) {
		jdbc.sql("UPDATE waiting_tier SET name = ? WHERE id = ?").params(name, tierId).update();
	}

	/**
	 * Swaps two tiers' places, through a place no tier has (the negative of one), as the
	 * unique places are checked row by row.
	 */
	public void swap(TierRow one, TierRow other) {
		jdbc.sql("UPDATE waiting_tier SET position = ? WHERE id = ?").params(-one.position(), one.id()).update();
		jdbc.sql("UPDATE waiting_tier SET position = ? WHERE id = ?").params(one.position(), other.id()).update();
		jdbc.sql("UPDATE waiting_tier SET position = ? WHERE id = ?").params(other.position(), one.id()).update();
	}

	public void deleteTier(long tierId) {
		jdbc.sql("DELETE FROM waiting_tier WHERE id = ?").param(tierId).update();
	}

	/** How many people are placed in the tier by hand. */
	public long placedIn(long tierId) {
		return jdbc.sql("SELECT COUNT(*) FROM waiting_tier_placement WHERE tier_id = ?")
			.param(tierId)
			.query(Long.class)
			.single();
	}

	/** The event's hand placements, newest first. */
	public List<PlacementRow> placements(long eventId) {
		return jdbc.sql("""
				SELECT account_id, tier_id, placed_by, placed_at, reason FROM waiting_tier_placement
				WHERE event_id = ? ORDER BY placed_at DESC, account_id""")
			.param(eventId)
			.query(WaitingTierRepository::placementRow)
			.list();
	}

	/** The hand placements of these accounts in the event, in one query. */
	public List<PlacementRow> placementsOf(long eventId, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT account_id, tier_id, placed_by, placed_at, reason FROM waiting_tier_placement
				WHERE event_id = :event AND account_id IN (:accounts)""")
			.param("event", eventId)
			.param("accounts", accountIds)
			.query(WaitingTierRepository::placementRow)
			.list();
	}

	public Optional<PlacementRow> placement(long eventId, long accountId) {
		return placementsOf(eventId, List.of(accountId)).stream().findFirst();
	}

	/** Places the account in the tier, instead of where it was placed before. */
	public void place(long eventId, long accountId, long tierId, long placedBy, Instant placedAt, String reason) {
		removePlacement(eventId, accountId);
		jdbc.sql("""
				INSERT INTO waiting_tier_placement (event_id, account_id, tier_id, placed_by, placed_at, reason)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(eventId, accountId, tierId, placedBy, utc(placedAt), reason)
			.update();
	}

	/**
	 * @return false if the account was not placed by hand
	 */
	public boolean removePlacement(long eventId, long accountId) {
		return jdbc.sql("DELETE FROM waiting_tier_placement WHERE event_id = ? AND account_id = ?")
			.params(eventId, accountId)
			.update() == 1;
	}

	private static PlacementRow placementRow(ResultSet rs, int row) throws SQLException {
		return new PlacementRow(rs.getLong("account_id"), rs.getLong("tier_id"), rs.getObject("placed_by", Long.class),
				instant(rs, "placed_at"), rs.getString("reason"));
	}

}
