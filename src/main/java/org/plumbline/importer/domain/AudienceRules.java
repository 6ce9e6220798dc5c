package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plumbline.importer.domain.ReferenceRules.Reference;
import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for what the audience gave that only the rest of the file can decide: feedback is
 * on a topic of the file by an account of it, once per pair; an interest mark is by one
 * account of the file or one visitor, on one MC or one topic of the file, and each marker
 * marks a subject once.
 */
final class AudienceRules {

	private AudienceRules() {
	}

	static void check(Findings findings) {
		Set<String> topics = ReferenceRules.topicGuids(findings);
		Set<String> accounts = AccountRules.addressKeys(findings);
		ReferenceRules.onePerPair(findings, "feedback", Reference.topic("topic", topics),
				Reference.account("account", accounts),
				(topic, account) -> "feedback on topic " + topic + " by " + account);
		Set<String> mcs = AccountRules.slugs(findings, "microconferences");
		Map<String, String> marked = new HashMap<>();
		List<JsonNode> marks = Findings.elements(findings.root().get("interestMarks"));
		for (int i = 0; i < marks.size(); i++) {
			String pointer = "/interestMarks/" + i;
			JsonNode mark = marks.get(i);
			String account = Findings.text(mark.get("account"));
			String visitor = Findings.text(mark.get("visitorSha256"));
			String mc = Findings.text(mark.get("microconference"));
			String topic = Findings.text(mark.get("topic"));
			if (mark.has("account") == mark.has("visitorSha256")) {
				findings.add(pointer,
						"a mark is by an \"account\" or by a visitor (\"visitorSha256\"): give one of them");
			}
			if (mark.has("microconference") == mark.has("topic")) {
				findings.add(pointer, "a mark is on a \"microconference\" or on a \"topic\": give one of them");
			}
			AccountRules.knownAccount(findings, accounts, pointer + "/account", account);
			AccountRules.knownMicroconference(findings, mcs, pointer + "/microconference", mc);
			ReferenceRules.knownTopic(findings, topics, pointer + "/topic", topic);
			String marker = account != null ? "account " + EmailKeys.of(account) : "visitor " + visitor;
			String subject = mc != null ? "microconference " + mc
					: topic == null ? null : "topic " + topic.toLowerCase(Locale.ROOT);
			if ((account != null || visitor != null) && subject != null) {
				findings.unique(marked, marker + " " + subject, pointer,
						"mark of " + subject + " by " + (account != null ? account : "visitor " + visitor));
			}
		}
	}

}
