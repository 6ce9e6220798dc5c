package org.plumbline.registration;

import java.util.List;
import java.util.Optional;

/**
 * An event's waiting-list tiers in order, at the version a form sends back: every change
 * to the list (a name, the order, a tier added or deleted, a person placed by hand) moves
 * it on, and a form names a tier by its number in the list its organiser saw.
 *
 * @param version 0 while the event has its default tiers, never saved
 */
public record WaitingTierList(int version, List<WaitingTier> tiers) {

	public WaitingTierList {
		tiers = List.copyOf(tiers);
	}

	/** The tier of this number, if there is one. */
	public Optional<WaitingTier> numbered(int number) {
		return number < 1 || number > tiers.size() ? Optional.empty() : Optional.of(tiers.get(number - 1));
	}

	/**
	 * Whether people can reach the tier by its rule: not when it has none, nor when an
	 * earlier tier admits everyone or has the same rule and so takes them first.
	 */
	public boolean reachedByRule(WaitingTier tier) {
		return tier.rule() != null && tiers.stream()
			.limit(tier.number() - 1)
			.noneMatch(earlier -> earlier.rule() == StandingRule.EVERYONE || earlier.rule() == tier.rule());
	}

}
