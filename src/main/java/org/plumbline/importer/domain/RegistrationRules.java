package org.plumbline.importer.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.people.EmailKeys;
import org.plumbline.registration.RegistrationStatus;
import tools.jackson.databind.JsonNode;

/**
 * Rules for registrations that only the rest of the file can decide: a registration names
 * one of the file's ticket types by its number, with its place in that type's line given
 * once, or one of its MC passes, with no place; it names accounts of the file, its
 * reference is given once, an account holds one registration that has not ended, and an
 * ended one says when it ended while a live one does not. A live registration made with a
 * pass is that pass's one, and the pass says it was used. The form's questions have
 * options when they are choices, and a registration answers each once.
 */
final class RegistrationRules {

	/** The statuses of a registration that has ended. */
	private static final Set<String> ENDED = Arrays.stream(RegistrationStatus.values())
		.filter(status -> !status.active())
		.map(RegistrationStatus::name)
		.collect(Collectors.toUnmodifiableSet());

	private RegistrationRules() {
	}

	static void check(Findings findings) {
		List<JsonNode> questions = Findings.elements(findings.root().get("registrationQuestions"));
		for (int i = 0; i < questions.size(); i++) {
			ReviewRules.checkOptions(findings, "/registrationQuestions/" + i, questions.get(i));
		}
		int ticketTypes = Findings.elements(findings.root().get("ticketTypes")).size();
		List<JsonNode> passes = Findings.elements(findings.root().get("passes"));
		Set<String> accounts = AccountRules.addressKeys(findings);
		Map<String, String> references = new HashMap<>();
		Map<String, String> places = new HashMap<>();
		Map<String, String> live = new HashMap<>();
		Map<String, String> livePasses = new HashMap<>();
		List<JsonNode> registrations = Findings.elements(findings.root().get("registrations"));
		for (int i = 0; i < registrations.size(); i++) {
			String pointer = "/registrations/" + i;
			JsonNode registration = registrations.get(i);
			JsonNode type = registration.get("ticketType");
			JsonNode pass = registration.get("pass");
			if (type == null && pass == null) {
				findings.add(pointer, "a registration is for a \"ticketType\" or made with an MC \"pass\": give one");
			}
			if (type != null && pass != null) {
				findings.add(pointer, "a registration is for a ticket type or made with an MC pass, not both: "
						+ "give \"ticketType\" or \"pass\"");
			}
			if (type != null && type.isIntegralNumber() && type.asInt() > ticketTypes) {
				findings.add(pointer + "/ticketType",
						"no ticket type " + type.asInt() + ": the file has " + ticketTypes + " in \"ticketTypes\"");
			}
			if (pass != null && pass.isIntegralNumber() && pass.asInt() > passes.size()) {
				findings.add(pointer + "/pass",
						"no pass " + pass.asInt() + ": the file has " + passes.size() + " in \"passes\"");
			}
			String account = Findings.text(registration.get("account"));
			for (String field : List.of("account", "paidBy")) {
				AccountRules.knownAccount(findings, accounts, pointer + "/" + field,
						Findings.text(registration.get(field)));
			}
			findings.uniqueText(references, registration, pointer, "reference", "registration reference");
			JsonNode arrival = registration.get("arrival");
			if (type != null && arrival == null) {
				findings.add(pointer, "a registration for a ticket type needs its \"arrival\", its place in the line");
			}
			if (type == null && pass != null && arrival != null) {
				findings.add(pointer + "/arrival",
						"a registration made with a pass stands in no line: " + "it has no \"arrival\"");
			}
			if (type != null && arrival != null && arrival.isIntegralNumber()) {
				findings.unique(places, type.asInt() + " " + arrival.asLong(), pointer + "/arrival",
						"place " + arrival.asLong() + " in the line of ticket type " + type.asInt());
			}
			String status = Findings.text(registration.get("status"));
			boolean ended = status != null && ENDED.contains(status);
			if (status != null && ended != registration.has("endedAt")) {
				findings.add(pointer, ended ? "a " + status + " registration needs \"endedAt\", when it ended"
						: "a " + status + " registration holds its place: it has no \"endedAt\"");
			}
			if (status != null && !ended && account != null) {
				findings.unique(live, EmailKeys.of(account), pointer + "/account",
						"registration of " + account + " that has not ended");
			}
			ReviewRules.checkAnswers(findings, pointer, registration.get("answers"), questions.size(),
					"the registration form", "registrationQuestions");
			if (status != null && !ended && pass != null && pass.isIntegralNumber()) {
				livePassRegistration(findings, livePasses, passes, pass.asInt(), pointer + "/pass");
			}
		}
	}

	private static void livePassRegistration(Findings findings, Map<String, String> livePasses, List<JsonNode> passes,
			int pass, String pointer) {
		findings.unique(livePasses, Integer.toString(pass), pointer,
				"registration with pass " + pass + " that has not ended");
		if (pass >= 1 && pass <= passes.size() && !passes.get(pass - 1).has("usedAt")) {
			findings.add(pointer,
					"pass " + pass + " has no \"usedAt\": a registration made with it that has not " + "ended used it");
		}
	}

}
