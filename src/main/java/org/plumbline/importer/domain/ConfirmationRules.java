package org.plumbline.importer.domain;

import static org.plumbline.importer.domain.ReferenceRules.Reference.person;
import static org.plumbline.importer.domain.ReferenceRules.Reference.topic;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the speakers' answers that the schema cannot express: each names a topic and
 * a {@code people[]} entry of the file, once per topic and person, and gives an answer
 * with when it was given or neither.
 */
final class ConfirmationRules {

	private ConfirmationRules() {
	}

	static void check(Findings findings) {
		ReferenceRules.onePerPair(findings, "speakerConfirmations", topic("topic", ReferenceRules.topicGuids(findings)),
				person("person", AccountRules.personIds(findings)),
				(topic, person) -> "answer of person \"" + person + "\" to topic " + topic);
		List<JsonNode> confirmations = Findings.elements(findings.root().get("speakerConfirmations"));
		for (int i = 0; i < confirmations.size(); i++) {
			checkAnsweredAt(findings, "/speakerConfirmations/" + i, confirmations.get(i));
		}
	}

	private static void checkAnsweredAt(Findings findings, String pointer, JsonNode confirmation) {
		if (confirmation.has("answer") && !confirmation.has("answeredAt")) {
			findings.add(pointer + "/answer", "an answer needs \"answeredAt\", when the speaker gave it");
		}
		else if (!confirmation.has("answer") && confirmation.has("answeredAt")) {
			findings.add(pointer + "/answeredAt", "\"answeredAt\" without the \"answer\" given then");
		}
	}

}
