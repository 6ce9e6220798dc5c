package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The export numbers of a file: one GUID keeps its number in every version, and no two
 * GUIDs share one. Topics give theirs first.
 */
final class TimetableExportNumbers {

	private final Findings findings;

	private final Map<String, Long> byGuid = new HashMap<>();

	private final Map<Long, String> guidByNumber = new HashMap<>();

	private final Map<Long, String> firstPointer = new HashMap<>();

	TimetableExportNumbers(Findings findings) {
		this.findings = findings;
		List<JsonNode> topics = Findings.elements(findings.root().get("topics"));
		for (int i = 0; i < topics.size(); i++) {
			check(topics.get(i), "/topics/" + i);
		}
	}

	void check(JsonNode element, String pointer) {
		String guid = Findings.text(element.get("guid"));
		JsonNode number = element.get("exportNumber");
		if (number == null || !number.isIntegralNumber()) {
			return;
		}
		// Without a GUID, the element gets a new one of its own at import.
		String key = guid != null ? guid.toLowerCase(Locale.ROOT) : "new guid at " + pointer;
		long value = number.asLong();
		Long known = byGuid.putIfAbsent(key, value);
		if (known != null && known != value) {
			findings.add(pointer + "/exportNumber",
					"guid " + guid + " has export number " + known + " elsewhere in the file; it keeps one number");
			return;
		}
		String owner = guidByNumber.putIfAbsent(value, key);
		firstPointer.putIfAbsent(value, pointer);
		if (owner != null && !owner.equals(key)) {
			findings.add(pointer + "/exportNumber", "export number " + value + " is given to another guid at line "
					+ findings.lineOf(firstPointer.get(value)) + "; each session, break and talk has its own");
		}
	}

}
