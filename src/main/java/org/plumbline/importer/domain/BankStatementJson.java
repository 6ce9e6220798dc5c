package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.importer.domain.EventFileContent.FileBankStatement;
import org.plumbline.registration.BackedUpBankStatement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code bankStatements} of an event data file: each statement organisers uploaded,
 * its file's name and text as the payers wrote them (a string like any other: the pages
 * show it as text), who uploaded and applied it by address, when, and how many payments
 * it recorded. A registration names the statement its payment was recorded from by its
 * number in the list.
 */
final class BankStatementJson {

	private BankStatementJson() {
	}

	/**
	 * @param statements the first uploaded first
	 * @return each statement's number (from 1) in the file, by its id
	 */
	static Map<Long, Integer> write(ObjectNode root, List<BackedUpBankStatement> statements,
			Map<Long, String> addresses) {
		Map<Long, Integer> numbers = new HashMap<>();
		ArrayNode list = root.putArray("bankStatements");
		for (BackedUpBankStatement statement : statements) {
			numbers.put(statement.id(), numbers.size() + 1);
			ObjectNode node = list.addObject()
				.put("fileName", statement.fileName())
				.put("content", statement.content());
			if (statement.uploadedBy() != null) {
				node.put("uploadedBy", addresses.get(statement.uploadedBy()));
			}
			node.put("uploadedAt", statement.uploadedAt().toString());
			if (statement.appliedBy() != null) {
				node.put("appliedBy", addresses.get(statement.appliedBy()));
			}
			RegistrationJson.instant(node, "appliedAt", statement.appliedAt());
			if (statement.appliedCount() != null) {
				node.put("appliedCount", statement.appliedCount());
			}
		}
		return numbers;
	}

	/** The statements of a file that passed validation, in its order. */
	static List<FileBankStatement> read(JsonNode root) {
		return root.path("bankStatements")
			.values()
			.stream()
			.map(node -> new FileBankStatement(Findings.text(node.get("uploadedBy")),
					Findings.text(node.get("appliedBy")),
					new BackedUpBankStatement(0, Findings.text(node.get("fileName")),
							Findings.text(node.get("content")), null, CalendarRules.instant(node.get("uploadedAt")),
							null, CalendarRules.instant(node.get("appliedAt")),
							node.has("appliedCount") ? node.get("appliedCount").intValue() : null)))
			.toList();
	}

}
