package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the event's settings that the schema cannot express, as the organisers' forms
 * refuse them: each review window and the Call for Microconferences' window close after
 * they open, a call has one review window of its own and is a call of the file, and
 * cancelling registrations ends no later than the event starts.
 */
final class SettingsRules {

	private static final String REVIEW_PHASE = "the review phase must close after it opens";

	private SettingsRules() {
	}

	static void check(Findings findings, EventSpan event) {
		JsonNode root = findings.root();
		CallRules.window(findings, "/reviewPhaseDefaults", root.get("reviewPhaseDefaults"), REVIEW_PHASE);
		Set<String> calls = ReviewRules.calls(findings);
		Map<String, String> phased = new HashMap<>();
		List<JsonNode> phases = Findings.elements(root.get("reviewPhases"));
		for (int i = 0; i < phases.size(); i++) {
			String pointer = "/reviewPhases/" + i;
			String call = Findings.text(phases.get(i).get("call"));
			ReviewRules.knownCall(findings, calls, pointer + "/call", call);
			if (call != null) {
				findings.unique(phased, call, pointer + "/call", "review phase of the call \"" + call + "\"");
			}
			CallRules.window(findings, pointer, phases.get(i), REVIEW_PHASE);
		}
		CallRules.window(findings, "/callForMicroconferences", root.get("callForMicroconferences"),
				"the Call for Microconferences must close after it opens");
		Instant cancelUntil = CalendarRules.instant(root.path("registrationSettings").get("cancelUntil"));
		if (cancelUntil != null && event.start() != null && event.zone() != null) {
			Instant starts = event.start().atStartOfDay(event.zone()).toInstant();
			if (cancelUntil.isAfter(starts)) {
				findings.add("/registrationSettings/cancelUntil", "cancelling can close when the event starts ("
						+ starts + ") at the latest; leave \"cancelUntil\" out for that");
			}
		}
	}

}
