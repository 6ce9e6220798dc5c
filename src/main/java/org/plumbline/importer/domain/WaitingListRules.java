package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import org.plumbline.registration.StandingRule;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the waiting list that only the rest of the file can decide: the tiers are
 * listed in their order, there is one default tier of each standing rule (so everyone has
 * a tier), a placement names a tier of the list and accounts of the file, and an account
 * is placed once.
 */
final class WaitingListRules {

	private WaitingListRules() {
	}

	static void check(Findings findings) {
		JsonNode list = findings.root().get("waitingList");
		if (list == null || !list.isObject()) {
			return;
		}
		List<JsonNode> tiers = Findings.elements(list.get("tiers"));
		Map<String, String> defaults = new HashMap<>();
		Integer previous = null;
		for (int i = 0; i < tiers.size(); i++) {
			String pointer = "/waitingList/tiers/" + i;
			JsonNode tier = tiers.get(i);
			JsonNode position = tier.get("position");
			if (position != null && position.isIntegralNumber()) {
				if (previous != null && position.asInt() <= previous) {
					findings.add(pointer + "/position", "the tiers are listed in their order: position "
							+ position.asInt() + " comes after " + previous);
				}
				previous = position.asInt();
			}
			String rule = Findings.text(tier.get("standingRule"));
			boolean isDefault = tier.path("default").asBoolean(false);
			if (isDefault && rule == null) {
				findings.add(pointer, "a default tier admits by standing: give its \"standingRule\"");
			}
			if (isDefault && rule != null) {
				findings.unique(defaults, rule, pointer + "/default", "default tier of " + rule);
			}
		}
		for (StandingRule rule : StandingRule.values()) {
			if (!tiers.isEmpty() && !defaults.containsKey(rule.name())) {
				findings.add("/waitingList/tiers", "no default tier of " + rule
						+ ": the tiers need one of each standing rule, so that everyone has a tier");
			}
		}
		Set<String> accounts = AccountRules.addressKeys(findings);
		Map<String, String> placed = new HashMap<>();
		List<JsonNode> placements = Findings.elements(list.get("placements"));
		for (int i = 0; i < placements.size(); i++) {
			String pointer = "/waitingList/placements/" + i;
			JsonNode placement = placements.get(i);
			JsonNode tier = placement.get("tier");
			if (tier != null && tier.isIntegralNumber() && tier.asInt() > tiers.size()) {
				findings.add(pointer + "/tier",
						"no tier " + tier.asInt() + ": the waiting list has " + tiers.size() + " in \"tiers\"");
			}
			String account = Findings.text(placement.get("account"));
			AccountRules.knownAccount(findings, accounts, pointer + "/account", account);
			AccountRules.knownAccount(findings, accounts, pointer + "/placedBy",
					Findings.text(placement.get("placedBy")));
			if (account != null) {
				findings.unique(placed, EmailKeys.of(account), pointer + "/account", "placement of " + account);
			}
		}
	}

}
