package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for entries that name the file's topics, people and accounts: each name is one
 * the file has, and a list whose entries pair two of them (a speaker's answer to a topic,
 * a review of a topic by an account) holds each pair once.
 */
final class ReferenceRules {

	static final String UNKNOWN_TOPIC = "unknown topic %s: no entry of \"topics\" has this guid";

	private ReferenceRules() {
	}

	/** The GUIDs of the file's {@code topics}, in lower case. */
	static Set<String> topicGuids(Findings findings) {
		Set<String> guids = new HashSet<>();
		Findings.elements(findings.root().get("topics")).forEach(topic -> {
			String guid = Findings.text(topic.get("guid"));
			if (guid != null) {
				guids.add(guid.toLowerCase(Locale.ROOT));
			}
		});
		return guids;
	}

	/** Reports a GUID that no entry of {@code topics} has; GUIDs compare without case. */
	static void knownTopic(Findings findings, Set<String> topicGuids, String pointer, String guid) {
		if (guid != null && !topicGuids.contains(guid.toLowerCase(Locale.ROOT))) {
			findings.add(pointer, UNKNOWN_TOPIC.formatted(guid));
		}
	}

	/**
	 * A field of a list's entries that names a topic, a person or an account of the file.
	 *
	 * @param key what every spelling of one name comes to
	 */
	record Reference(String field, UnknownCheck check, UnaryOperator<String> key) {

		static Reference topic(String field, Set<String> topicGuids) {
			return new Reference(field, (findings, pointer, guid) -> knownTopic(findings, topicGuids, pointer, guid),
					guid -> guid.toLowerCase(Locale.ROOT));
		}

		static Reference person(String field, Set<String> personIds) {
			return new Reference(field,
					(findings, pointer, id) -> AccountRules.knownPerson(findings, personIds, pointer, id),
					UnaryOperator.identity());
		}

		static Reference account(String field, Set<String> addressKeys) {
			return new Reference(field,
					(findings, pointer, email) -> AccountRules.knownAccount(findings, addressKeys, pointer, email),
					EmailKeys::of);
		}

	}

	/** Reports a name that the file does not have. */
	@FunctionalInterface
	interface UnknownCheck {

		void report(Findings findings, String pointer, String name);

	}

	/**
	 * Each entry of the list names a {@code first} and a {@code second} that the file
	 * has, and no pair comes twice.
	 * @param what the entry, as the message on a second one names it, from its two names
	 * as written
	 */
	static void onePerPair(Findings findings, String list, Reference first, Reference second,
			BinaryOperator<String> what) {
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> entries = Findings.elements(findings.root().get(list));
		for (int i = 0; i < entries.size(); i++) {
			String pointer = "/" + list + "/" + i;
			String one = Findings.text(entries.get(i).get(first.field()));
			String other = Findings.text(entries.get(i).get(second.field()));
			first.check().report(findings, pointer + "/" + first.field(), one);
			second.check().report(findings, pointer + "/" + second.field(), other);
			if (one != null && other != null) {
				findings.unique(seen, first.key().apply(one) + " " + second.key().apply(other), pointer,
						what.apply(one, other));
			}
		}
	}

}
