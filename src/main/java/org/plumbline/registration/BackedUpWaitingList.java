package org.plumbline.registration;

import java.time.Instant;
import java.util.List;

/**
 * The waiting-list tiers an event saved and the people placed in them by hand, as a
 * backup of it holds them; with the registrations' arrivals they give the line its order.
 * An event that never saved its tiers has none (it waits by the defaults).
 *
 * @param updatedAt when the tiers or placements last changed
 * @param tiers in order
 * @param placements in the order they were made
 */
public record BackedUpWaitingList(Instant updatedAt, List<Tier> tiers, List<Placement> placements) {

	public BackedUpWaitingList {
		tiers = List.copyOf(tiers);
		placements = List.copyOf(placements);
	}

	/**
	 * A tier; the id is not read on restore.
	 *
	 * @param position its place in the event's order, lowest first, gaps allowed
	 * @param standingRule a {@link StandingRule} name, or {@code null} for a tier people
	 * are only placed into by hand
	 */
	public record Tier(long id, String name, int position, String standingRule, boolean isDefault) {
	}

	/**
	 * An account placed in a tier by hand.
	 *
	 * @param placedBy the organiser's account, or {@code null} when it no longer exists
	 */
	public record Placement(long accountId, long tierId, Long placedBy, Instant placedAt, String reason) {
	}

}
