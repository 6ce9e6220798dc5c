package org.plumbline.mail;

import java.util.Map;

import org.plumbline.mail.domain.MailTemplateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What of an event's mail its event data file does not carry yet: its own templates. */
@Service
public class MailBackups {

	private final MailTemplateRepository templates;

	MailBackups(MailTemplateRepository templates) {
		this.templates = templates;
	}

	/**
	 * What of the event the event data file does not carry yet: a count per kind (a
	 * singular noun), zero included, in a fixed order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> notInEventFile(long eventId) {
		return templates.notInEventFile(eventId);
	}

}
