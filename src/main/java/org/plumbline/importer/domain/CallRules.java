package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the calls' settings: a deadline after the opening where a call gives both
 * (the database checks it only for the event's default).
 */
final class CallRules {

	private CallRules() {
	}

	static void check(Findings findings) {
		window(findings, "/callForTopics", findings.root().get("callForTopics"));
		List<JsonNode> mcs = Findings.elements(findings.root().get("microconferences"));
		for (int i = 0; i < mcs.size(); i++) {
			window(findings, "/microconferences/" + i + "/call", mcs.get(i).get("call"));
		}
	}

	private static void window(Findings findings, String pointer, JsonNode call) {
		if (call == null || !call.isObject()) {
			return;
		}
		Instant opensAt = CalendarRules.instant(call.get("opensAt"));
		Instant closesAt = CalendarRules.instant(call.get("closesAt"));
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			findings.add(pointer + "/closesAt", "the call's deadline must be after its opening (" + opensAt + ")");
		}
	}

}
