package org.plumbline.importer.domain;

import org.plumbline.people.IdentityKey;

/**
 * Which person a name in one of the file's lists stands for (docs/event-data-file.md,
 * "People in lists"): the pinned {@code people[]} entry if it names one, else everyone in
 * the file whose name has the same identity key. The validator and the importer both ask
 * here, so they never disagree.
 */
final class PersonIdentity {

	private PersonIdentity() {
	}

	/**
	 * @return {@code "person:<id>"} or {@code "key:<identity key>"}; null for a name
	 * without letters or digits, whose empty key matches nobody, so it is a person of its
	 * own
	 */
	static String of(String name, String personRef) {
		if (personRef != null) {
			return "person:" + personRef;
		}
		String key = IdentityKey.of(name);
		return key.isEmpty() ? null : "key:" + key;
	}

}
