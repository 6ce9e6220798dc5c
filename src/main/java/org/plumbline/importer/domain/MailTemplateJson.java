package org.plumbline.importer.domain;

import java.util.List;

import org.plumbline.mail.BackedUpMailTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code mailTemplates} of an event data file: the event's own wording for each
 * purpose of mail its organisers edited, by the purpose's key, its
 * {@code {{placeholder}}}s as written.
 */
final class MailTemplateJson {

	private MailTemplateJson() {
	}

	/**
	 * @param templates by purpose key
	 */
	static void write(ObjectNode root, List<BackedUpMailTemplate> templates) {
		ArrayNode list = root.putArray("mailTemplates");
		for (BackedUpMailTemplate template : templates) {
			list.addObject()
				.put("purpose", template.purposeKey())
				.put("subject", template.subject())
				.put("body", template.body())
				.put("updatedAt", template.updatedAt().toString());
		}
	}

	/** The texts of a file that passed validation, in its order. */
	static List<BackedUpMailTemplate> read(JsonNode root) {
		return root.path("mailTemplates")
			.values()
			.stream()
			.map(node -> new BackedUpMailTemplate(Findings.text(node.get("purpose")),
					Findings.text(node.get("subject")), Findings.text(node.get("body")),
					CalendarRules.instant(node.get("updatedAt"))))
			.toList();
	}

}
