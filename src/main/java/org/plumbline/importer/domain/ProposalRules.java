package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the MC proposals that only the rest of the file can decide: each is the
 * proposal of an MC of the file, once per MC; its proposer, decider and reviewers are
 * accounts of the file and its leads-to-be persons of it, each once; a recorded decision
 * comes with when it was recorded, and only with it.
 */
final class ProposalRules {

	private ProposalRules() {
	}

	static void check(Findings findings) {
		Set<String> mcs = AccountRules.slugs(findings, "microconferences");
		Set<String> accounts = AccountRules.addressKeys(findings);
		Set<String> people = AccountRules.personIds(findings);
		Map<String, String> proposed = new HashMap<>();
		List<JsonNode> proposals = Findings.elements(findings.root().get("microconferenceProposals"));
		for (int i = 0; i < proposals.size(); i++) {
			String pointer = "/microconferenceProposals/" + i;
			JsonNode proposal = proposals.get(i);
			String mc = Findings.text(proposal.get("microconference"));
			AccountRules.knownMicroconference(findings, mcs, pointer + "/microconference", mc);
			if (mc != null) {
				findings.unique(proposed, mc, pointer + "/microconference", "proposal of MC \"" + mc + "\"");
			}
			for (String field : List.of("proposedBy", "decidedBy")) {
				AccountRules.knownAccount(findings, accounts, pointer + "/" + field,
						Findings.text(proposal.get(field)));
			}
			checkDecidedAt(findings, pointer, proposal);
			checkLeads(findings, pointer, proposal, people);
			checkReviews(findings, pointer, proposal, accounts);
		}
	}

	private static void checkDecidedAt(Findings findings, String pointer, JsonNode proposal) {
		if (proposal.has("pendingDecision") && !proposal.has("decidedAt")) {
			findings.add(pointer + "/pendingDecision", "a recorded decision needs \"decidedAt\", when it was recorded");
		}
		else if (!proposal.has("pendingDecision")) {
			for (String field : List.of("decidedAt", "decidedBy")) {
				if (proposal.has(field)) {
					findings.add(pointer + "/" + field, "\"" + field + "\" without the \"pendingDecision\" recorded");
				}
			}
		}
	}

	private static void checkLeads(Findings findings, String pointer, JsonNode proposal, Set<String> people) {
		Map<String, String> listed = new HashMap<>();
		List<JsonNode> leads = Findings.elements(proposal.get("leads"));
		for (int j = 0; j < leads.size(); j++) {
			String leadPointer = pointer + "/leads/" + j + "/person";
			String person = Findings.text(leads.get(j).get("person"));
			if (AccountRules.knownPerson(findings, people, leadPointer, person) && person != null) {
				findings.unique(listed, person, leadPointer, "lead-to-be \"" + person + "\"");
			}
		}
	}

	private static void checkReviews(Findings findings, String pointer, JsonNode proposal, Set<String> accounts) {
		Map<String, String> reviewed = new HashMap<>();
		List<JsonNode> reviews = Findings.elements(proposal.get("reviews"));
		for (int j = 0; j < reviews.size(); j++) {
			String reviewerPointer = pointer + "/reviews/" + j + "/reviewer";
			String reviewer = Findings.text(reviews.get(j).get("reviewer"));
			AccountRules.knownAccount(findings, accounts, reviewerPointer, reviewer);
			if (reviewer != null) {
				findings.unique(reviewed, EmailKeys.of(reviewer), reviewerPointer, "review by " + reviewer);
			}
		}
	}

}
