package org.plumbline.mail;

import java.time.Clock;

import org.plumbline.copy.EventCopy;
import org.plumbline.mail.domain.MailTemplateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail feature's part of cloning an event: the mail texts its organisers edited. The
 * outbox is personal and stays behind.
 */
@Service
public class MailTemplateCopies {

	private final MailTemplateRepository templates;

	private final Clock clock;

	MailTemplateCopies(MailTemplateRepository templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void copy(EventCopy copy) {
		copy.counted("mail texts", templates.copyEventTexts(copy.fromEventId(), copy.toEventId(), clock.instant()));
	}

}
