package org.plumbline.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.mail.domain.MailTemplateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's own mail texts, for its backup in an event data file, and written back as
 * they were, so the event's next mail of each purpose is worded as its organisers wrote
 * it. The outbox is not backed up: its messages were sent, or are personal.
 */
@Service
public class MailBackups {

	private final MailTemplateRepository templates;

	private final MailTemplates mailTemplates;

	private final AuditLog audit;

	MailBackups(MailTemplateRepository templates, MailTemplates mailTemplates, AuditLog audit) {
		this.templates = templates;
		this.mailTemplates = mailTemplates;
		this.audit = audit;
	}

	/**
	 * The event's own texts, by purpose key; a text set back to the default is none.
	 */
	@Transactional(readOnly = true)
	public List<BackedUpMailTemplate> templates(long eventId) {
		return templates.eventTexts(eventId)
			.stream()
			.map(row -> new BackedUpMailTemplate(row.purpose(), row.subject(), row.body(), row.updatedAt()))
			.toList();
	}

	/**
	 * Why the text could not be an event's own for the purpose, as the template editor
	 * would refuse it, by the field at fault: {@code purpose} for one this Plumbline does
	 * not know or that is the site's alone, {@code subject} or {@code body}. Empty when
	 * it could.
	 */
	public Map<String, String> problems(String purposeKey, String subject, String body) {
		Map<String, String> problems = new LinkedHashMap<>();
		MailPurpose purpose = mailTemplates.purposes()
			.stream()
			.filter(known -> known.key().equals(purposeKey))
			.findFirst()
			.orElse(null);
		if (purpose == null) {
			problems.put("purpose", "unknown mail purpose " + purposeKey);
			return problems;
		}
		if (!purpose.perEvent()) {
			problems.put("purpose", "mail purpose " + purposeKey + " is site-wide: it has no template per event");
			return problems;
		}
		try {
			MailTemplateChecks.subject(purpose, subject);
		}
		catch (InvalidTemplateException ex) {
			problems.put("subject", reason(ex));
		}
		try {
			MailTemplateChecks.body(purpose, body);
		}
		catch (InvalidTemplateException ex) {
			problems.put("body", reason(ex));
		}
		return problems;
	}

	/** The exception's message without the field it names first. */
	private static String reason(InvalidTemplateException ex) {
		return ex.getMessage().substring(ex.field().length() + 2);
	}

	/**
	 * Stores the event's own text for its purpose at version 1, as a first save does.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the event has a text for the purpose)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long eventId, String systemActor, BackedUpMailTemplate template) {
		templates.insert(template.purposeKey(), eventId, template.subject(), template.body(), template.updatedAt());
		Map<String, String> restored = new LinkedHashMap<>();
		restored.put("text", "event");
		restored.put("subject", template.subject());
		restored.put("body", template.body());
		audit.record(new AuditEntry(eventId, null, systemActor, "mail-text", template.purposeKey(), "restored", null,
				restored, null));
	}

}
