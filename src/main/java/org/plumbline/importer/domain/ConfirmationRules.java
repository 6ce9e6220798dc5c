package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
		Set<String> topics = new HashSet<>();
		Findings.elements(findings.root().get("topics")).forEach(topic -> {
			String guid = Findings.text(topic.get("guid"));
			if (guid != null) {
				topics.add(guid.toLowerCase(Locale.ROOT));
			}
		});
		Set<String> people = AccountRules.personIds(findings);
		Map<String, String> answered = new HashMap<>();
		List<JsonNode> confirmations = Findings.elements(findings.root().get("speakerConfirmations"));
		for (int i = 0; i < confirmations.size(); i++) {
			String pointer = "/speakerConfirmations/" + i;
			String topic = Findings.text(confirmations.get(i).get("topic"));
			String person = Findings.text(confirmations.get(i).get("person"));
			if (topic != null && !topics.contains(topic.toLowerCase(Locale.ROOT))) {
				findings.add(pointer + "/topic", TimetableRules.UNKNOWN_TOPIC.formatted(topic));
			}
			AccountRules.knownPerson(findings, people, pointer + "/person", person);
			checkAnsweredAt(findings, pointer, confirmations.get(i));
			if (topic != null && person != null) {
				findings.unique(answered, topic.toLowerCase(Locale.ROOT) + " " + person, pointer,
						"answer of person \"" + person + "\" to topic " + topic);
			}
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
