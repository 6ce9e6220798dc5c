package org.plumbline.importer.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.registration.BackedUpWaitingList.Placement;
import org.plumbline.registration.BackedUpWaitingList.Tier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code waitingList} of an export: the saved tiers in order with their stored
 * places, and the hand placements, each naming its tier by number and its accounts by
 * address, in the order they were made (ties by address, so two exports agree).
 */
final class WaitingListJson {

	private WaitingListJson() {
	}

	static void write(ObjectNode root, BackedUpWaitingList list, Map<Long, String> addresses) {
		ObjectNode node = root.putObject("waitingList").put("updatedAt", list.updatedAt().toString());
		Map<Long, Integer> numbers = new HashMap<>();
		ArrayNode tiers = node.putArray("tiers");
		for (Tier tier : list.tiers()) {
			numbers.put(tier.id(), numbers.size() + 1);
			ObjectNode entry = tiers.addObject().put("name", tier.name()).put("position", tier.position());
			if (tier.standingRule() != null) {
				entry.put("standingRule", tier.standingRule());
			}
			if (tier.isDefault()) {
				entry.put("default", true);
			}
		}
		ArrayNode placements = node.putArray("placements");
		list.placements()
			.stream()
			.sorted(Comparator.comparing(Placement::placedAt)
				.thenComparing(placement -> addresses.get(placement.accountId())))
			.forEach(placement -> {
				ObjectNode entry = placements.addObject()
					.put("account", addresses.get(placement.accountId()))
					.put("tier", numbers.get(placement.tierId()));
				if (placement.placedBy() != null) {
					entry.put("placedBy", addresses.get(placement.placedBy()));
				}
				entry.put("placedAt", placement.placedAt().toString()).put("reason", placement.reason());
			});
	}

}
