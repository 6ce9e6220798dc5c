package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for MC passes that only the rest of the file can decide: a quota or a pass names
 * one of the file's MCs, an MC's own number of passes is given once, a pass was given by
 * an account of the file, it is used or revoked but not both, and an address holds one
 * pass that is not revoked.
 */
final class PassRules {

	private PassRules() {
	}

	static void check(Findings findings) {
		Set<String> mcs = AccountRules.slugs(findings, "microconferences");
		Set<String> accounts = AccountRules.addressKeys(findings);
		Map<String, String> quotas = new HashMap<>();
		List<JsonNode> quotaList = Findings.elements(findings.root().get("passQuotas"));
		for (int i = 0; i < quotaList.size(); i++) {
			String pointer = "/passQuotas/" + i;
			String mc = Findings.text(quotaList.get(i).get("microconference"));
			AccountRules.knownMicroconference(findings, mcs, pointer + "/microconference", mc);
			if (mc != null) {
				findings.unique(quotas, mc, pointer + "/microconference", "number of passes of " + mc);
			}
		}
		Map<String, String> live = new HashMap<>();
		List<JsonNode> passes = Findings.elements(findings.root().get("passes"));
		for (int i = 0; i < passes.size(); i++) {
			String pointer = "/passes/" + i;
			JsonNode pass = passes.get(i);
			AccountRules.knownMicroconference(findings, mcs, pointer + "/microconference",
					Findings.text(pass.get("microconference")));
			AccountRules.knownAccount(findings, accounts, pointer + "/assignedBy",
					Findings.text(pass.get("assignedBy")));
			if (pass.has("usedAt") && pass.has("revokedAt")) {
				findings.add(pointer, "a pass is used or revoked, not both");
			}
			String email = Findings.text(pass.get("email"));
			if (email != null && !pass.has("revokedAt")) {
				findings.unique(live, EmailKeys.of(email), pointer + "/email",
						"pass of " + email + " that is not revoked");
			}
		}
	}

}
