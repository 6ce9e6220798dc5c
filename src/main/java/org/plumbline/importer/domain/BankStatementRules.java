package org.plumbline.importer.domain;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Rules for the bank statements that only the rest of the file can decide: the organisers
 * who uploaded and applied one are accounts of the file, an applied statement says when
 * and how many payments it recorded (both or neither) and who applied it only then, and a
 * registration paid from a statement names one of the file's, by its number, and says
 * when it was paid.
 */
final class BankStatementRules {

	private BankStatementRules() {
	}

	static void check(Findings findings) {
		Set<String> accounts = AccountRules.addressKeys(findings);
		List<JsonNode> statements = Findings.elements(findings.root().get("bankStatements"));
		for (int i = 0; i < statements.size(); i++) {
			String pointer = "/bankStatements/" + i;
			JsonNode statement = statements.get(i);
			for (String field : List.of("uploadedBy", "appliedBy")) {
				AccountRules.knownAccount(findings, accounts, pointer + "/" + field,
						Findings.text(statement.get(field)));
			}
			if (statement.has("appliedAt") != statement.has("appliedCount")) {
				String given = statement.has("appliedAt") ? "appliedAt" : "appliedCount";
				findings.add(pointer + "/" + given,
						"an applied statement gives \"appliedAt\" and \"appliedCount\" together");
			}
			else if (statement.has("appliedBy") && !statement.has("appliedAt")) {
				findings.add(pointer + "/appliedBy", "\"appliedBy\" without \"appliedAt\", when it was applied");
			}
		}
		List<JsonNode> registrations = Findings.elements(findings.root().get("registrations"));
		for (int i = 0; i < registrations.size(); i++) {
			String pointer = "/registrations/" + i + "/paidByStatement";
			JsonNode registration = registrations.get(i);
			JsonNode statement = registration.get("paidByStatement");
			if (statement == null || !statement.isIntegralNumber()) {
				continue;
			}
			if (statement.asInt() > statements.size()) {
				findings.add(pointer, "unknown bank statement " + statement.asInt() + ": \"bankStatements\" has "
						+ statements.size() + (statements.size() == 1 ? " entry" : " entries"));
			}
			else if (!registration.has("paidAt")) {
				findings.add(pointer, "a payment recorded from a bank statement needs \"paidAt\", when it was paid");
			}
		}
	}

}
