package org.plumbline.registration;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.registration.domain.WaitingTierRepository.TierRow;

/**
 * An event's tiers as stored, or the defaults while it never saved them: one tier per
 * standing rule, in the rules' order.
 */
final class StoredTiers {

	private StoredTiers() {
	}

	static List<WaitingTier> of(List<TierRow> rows) {
		if (rows.isEmpty()) {
			List<WaitingTier> defaults = new ArrayList<>();
			for (StandingRule rule : StandingRule.values()) {
				defaults.add(new WaitingTier(null, defaults.size() + 1, rule.defaultTierName(), rule, true));
			}
			return defaults;
		}
		List<WaitingTier> tiers = new ArrayList<>();
		for (TierRow row : rows) {
			tiers.add(new WaitingTier(row.id(), tiers.size() + 1, row.name(),
					row.rule() == null ? null : StandingRule.valueOf(row.rule()), row.isDefault()));
		}
		return tiers;
	}

}
