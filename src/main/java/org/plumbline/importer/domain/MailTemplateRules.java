package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.mail.MailBackups;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the event's own mail texts that the schema cannot state, as the template
 * editor refuses them: a purpose this Plumbline sends per event, given once, and a
 * subject and body that compile and use only the placeholders that purpose offers, so its
 * next mail can be filled in.
 */
final class MailTemplateRules {

	private MailTemplateRules() {
	}

	static void check(Findings findings, MailBackups mail) {
		Map<String, String> purposes = new HashMap<>();
		List<JsonNode> templates = Findings.elements(findings.root().get("mailTemplates"));
		for (int i = 0; i < templates.size(); i++) {
			String pointer = "/mailTemplates/" + i;
			JsonNode template = templates.get(i);
			findings.uniqueText(purposes, template, pointer, "purpose", "mail template of the purpose");
			String purpose = Findings.text(template.get("purpose"));
			String subject = Findings.text(template.get("subject"));
			String body = Findings.text(template.get("body"));
			if (purpose != null && subject != null && body != null) {
				mail.problems(purpose, subject, body)
					.forEach((field, problem) -> findings.add(pointer + "/" + field, problem));
			}
		}
	}

}
