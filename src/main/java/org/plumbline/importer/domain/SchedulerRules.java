package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.RulePolicy;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the scheduler's inputs that the schema cannot express, as the organisers' and
 * leads' forms refuse them: one policy per kind of conflict, among those its kind offers;
 * one weight per constraint; one preference per MC and block, of an MC and a block of the
 * file; an unavailable period of one person of {@code people} or one room of the file,
 * that ends after it starts.
 */
final class SchedulerRules {

	private SchedulerRules() {
	}

	static void check(Findings findings) {
		JsonNode root = findings.root();
		Map<String, String> kinds = new HashMap<>();
		List<JsonNode> policies = Findings.elements(root.get("conflictPolicies"));
		for (int i = 0; i < policies.size(); i++) {
			String pointer = "/conflictPolicies/" + i;
			findings.uniqueText(kinds, policies.get(i), pointer, "kind", "policy of the conflict kind");
			policyOffered(findings, pointer, policies.get(i));
		}
		Map<String, String> constraints = new HashMap<>();
		List<JsonNode> weights = Findings.elements(root.get("solverWeights"));
		for (int i = 0; i < weights.size(); i++) {
			findings.uniqueText(constraints, weights.get(i), "/solverWeights/" + i, "constraint",
					"weight of the constraint");
		}
		preferences(findings);
		unavailability(findings);
	}

	private static void policyOffered(Findings findings, String pointer, JsonNode entry) {
		ConflictKind kind = known(ConflictKind.class, Findings.text(entry.get("kind")));
		RulePolicy policy = known(RulePolicy.class, Findings.text(entry.get("policy")));
		if (kind != null && policy != null && !kind.choices().contains(policy)) {
			findings.add(pointer + "/policy",
					kind + " may only be "
							+ kind.choices()
								.stream()
								.map(RulePolicy::name)
								.reduce((first, second) -> first + " or " + second)
								.orElseThrow());
		}
	}

	private static void preferences(Findings findings) {
		Set<String> slugs = AccountRules.slugs(findings, "microconferences");
		Map<String, List<JsonNode>> blocks = TimetableRules.blocksByDate(findings);
		Map<String, String> said = new HashMap<>();
		List<JsonNode> preferences = Findings.elements(findings.root().get("timePreferences"));
		for (int i = 0; i < preferences.size(); i++) {
			String pointer = "/timePreferences/" + i;
			JsonNode preference = preferences.get(i);
			String mc = Findings.text(preference.get("microconference"));
			String date = Findings.text(preference.get("date"));
			String label = Findings.text(preference.get("block"));
			AccountRules.knownMicroconference(findings, slugs, pointer + "/microconference", mc);
			JsonNode block = TimetableRules.block(findings, pointer, date, label, blocks);
			if (mc != null && block != null) {
				findings.unique(said, mc + "\n" + date + "\n" + label, pointer,
						"preference of \"" + mc + "\" for the " + label + " block of " + date);
			}
		}
	}

	private static void unavailability(Findings findings) {
		Set<String> personIds = AccountRules.personIds(findings);
		List<String> rooms = TimetableRules.rooms(findings);
		List<JsonNode> periods = Findings.elements(findings.root().get("unavailability"));
		for (int i = 0; i < periods.size(); i++) {
			String pointer = "/unavailability/" + i;
			JsonNode period = periods.get(i);
			String person = Findings.text(period.get("person"));
			String room = Findings.text(period.get("room"));
			if ((person == null) == (room == null)) {
				findings.add(pointer, "an unavailable period names one \"person\" or one \"room\"");
			}
			AccountRules.knownPerson(findings, personIds, pointer + "/person", person);
			if (room != null) {
				TimetableRules.knownRoom(findings, pointer + "/room", room, rooms);
			}
			Instant startsAt = CalendarRules.instant(period.get("startsAt"));
			Instant endsAt = CalendarRules.instant(period.get("endsAt"));
			if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
				findings.add(pointer + "/endsAt", "an unavailable period must end after it starts (" + startsAt + ")");
			}
		}
	}

	private static <E extends Enum<E>> E known(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
