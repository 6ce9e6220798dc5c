package org.plumbline.importer.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.people.EmailKeys;
import org.plumbline.registration.RegistrationStatus;
import tools.jackson.databind.JsonNode;

/**
 * Rules for registrations that only the rest of the file can decide: a registration names
 * one of the file's ticket types by its number and accounts of the file, its reference is
 * given once, its place in its type's line once, an account holds one registration that
 * has not ended, and an ended one says when it ended while a live one does not.
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
		int ticketTypes = Findings.elements(findings.root().get("ticketTypes")).size();
		Set<String> accounts = new HashSet<>();
		Findings.elements(findings.root().get("accounts")).forEach(account -> {
			String email = Findings.text(account.get("email"));
			if (email != null) {
				accounts.add(EmailKeys.of(email));
			}
		});
		Map<String, String> references = new HashMap<>();
		Map<String, String> places = new HashMap<>();
		Map<String, String> live = new HashMap<>();
		List<JsonNode> registrations = Findings.elements(findings.root().get("registrations"));
		for (int i = 0; i < registrations.size(); i++) {
			String pointer = "/registrations/" + i;
			JsonNode registration = registrations.get(i);
			JsonNode type = registration.get("ticketType");
			if (type != null && type.isIntegralNumber() && type.asInt() > ticketTypes) {
				findings.add(pointer + "/ticketType",
						"no ticket type " + type.asInt() + ": the file has " + ticketTypes + " in \"ticketTypes\"");
			}
			String account = Findings.text(registration.get("account"));
			for (String field : List.of("account", "paidBy")) {
				String email = Findings.text(registration.get(field));
				if (email != null && !accounts.contains(EmailKeys.of(email))) {
					findings.add(pointer + "/" + field,
							"unknown account " + email + ": no entry of \"accounts\" has this address");
				}
			}
			findings.uniqueText(references, registration, pointer, "reference", "registration reference");
			JsonNode arrival = registration.get("arrival");
			if (type != null && arrival != null && arrival.isIntegralNumber()) {
				findings.unique(places, type.asInt() + " " + arrival.asLong(), pointer + "/arrival",
						"place " + arrival.asLong() + " in the line of ticket type " + type.asInt());
			}
			String status = Findings.text(registration.get("status"));
			boolean ended = ENDED.contains(status);
			if (status != null && ended != registration.has("endedAt")) {
				findings.add(pointer, ended ? "a " + status + " registration needs \"endedAt\", when it ended"
						: "a " + status + " registration holds its place: it has no \"endedAt\"");
			}
			if (status != null && !ended && account != null) {
				findings.unique(live, EmailKeys.of(account), pointer + "/account",
						"registration of " + account + " that has not ended");
			}
		}
	}

}
