package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the calls' settings: a deadline after the opening where a call gives both
 * (the database checks it only for the event's default); the windows of other settings
 * share the check.
 */
final class CallRules {

	private static final String DEADLINE = "the call's deadline must be after its opening";

	private CallRules() {
	}

	static void check(Findings findings) {
		window(findings, "/callForTopics", findings.root().get("callForTopics"), DEADLINE);
		List<JsonNode> mcs = Findings.elements(findings.root().get("microconferences"));
		for (int i = 0; i < mcs.size(); i++) {
			window(findings, "/microconferences/" + i + "/call", mcs.get(i).get("call"), DEADLINE);
		}
	}

	/**
	 * Reports a window of the file whose {@code closesAt} is not after its
	 * {@code opensAt}, where it gives both.
	 * @param rule what the message says must hold, followed by the opening instant
	 */
	static void window(Findings findings, String pointer, JsonNode window, String rule) {
		if (window == null || !window.isObject()) {
			return;
		}
		Instant opensAt = CalendarRules.instant(window.get("opensAt"));
		Instant closesAt = CalendarRules.instant(window.get("closesAt"));
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			findings.add(pointer + "/closesAt", rule + " (" + opensAt + ")");
		}
	}

}
