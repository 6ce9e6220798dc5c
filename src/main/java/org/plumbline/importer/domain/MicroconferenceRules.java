package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the microconferences and the people they name: unique slugs and GUIDs, at
 * most one KEY_ATTENDEES section, {@code person} references that exist, and no person
 * twice in one list (the database would refuse it half-way through).
 */
final class MicroconferenceRules {

	private MicroconferenceRules() {
	}

	static void check(Findings findings) {
		Map<String, String> personIds = people(findings);
		Map<String, String> slugs = new HashMap<>();
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> mcs = Findings.elements(findings.root().get("microconferences"));
		for (int i = 0; i < mcs.size(); i++) {
			String pointer = "/microconferences/" + i;
			JsonNode mc = mcs.get(i);
			findings.uniqueText(slugs, mc, pointer, "slug", "microconference slug");
			findings.uniqueGuid(guids, mc, pointer, "microconference");
			sections(findings, pointer + "/sections", mc.get("sections"));
			names(findings, pointer + "/leads", mc.get("leads"), personIds);
			names(findings, pointer + "/keyAttendees", mc.get("keyAttendees"), personIds);
		}
	}

	/** The ids of the file's explicit persons, reporting ids and GUIDs given twice. */
	private static Map<String, String> people(Findings findings) {
		Map<String, String> ids = new HashMap<>();
		Map<String, String> guids = new HashMap<>();
		List<JsonNode> people = Findings.elements(findings.root().get("people"));
		for (int i = 0; i < people.size(); i++) {
			findings.uniqueText(ids, people.get(i), "/people/" + i, "id", "person id");
			findings.uniqueGuid(guids, people.get(i), "/people/" + i, "person");
		}
		return ids;
	}

	private static void sections(Findings findings, String pointer, JsonNode sectionsNode) {
		List<JsonNode> sections = Findings.elements(sectionsNode);
		String firstKeyAttendees = null;
		for (int j = 0; j < sections.size(); j++) {
			String sectionPointer = pointer + "/" + j;
			if ("KEY_ATTENDEES".equals(Findings.text(sections.get(j).get("kind")))) {
				if (firstKeyAttendees != null) {
					findings.add(sectionPointer + "/kind", "a microconference has at most one KEY_ATTENDEES section; "
							+ "the first is at line " + findings.lineOf(firstKeyAttendees));
				}
				else {
					firstKeyAttendees = sectionPointer;
				}
			}
		}
	}

	static void names(Findings findings, String pointer, JsonNode listNode, Map<String, String> personIds) {
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> entries = Findings.elements(listNode);
		for (int j = 0; j < entries.size(); j++) {
			String entryPointer = pointer + "/" + j;
			String name = Findings.text(entries.get(j).get("name"));
			String personRef = Findings.text(entries.get(j).get("person"));
			if (!AccountRules.knownPerson(findings, personIds.keySet(), entryPointer + "/person", personRef)) {
				continue;
			}
			String identity = name == null ? null : PersonIdentity.of(name, personRef);
			if (identity == null) {
				continue;
			}
			String first = seen.putIfAbsent(identity, entryPointer);
			if (first != null) {
				String firstName = Findings.text(findings.root().at(first + "/name"));
				findings.add(entryPointer + "/name",
						"\"" + name + "\" is the same person as \"" + firstName + "\" (line " + findings.lineOf(first)
								+ "); list each person once, or tell namesakes apart " + "with \"person\"");
			}
		}
	}

}
