package org.plumbline.mail;

/**
 * A message to queue in the outbox.
 *
 * @param eventId the event it belongs to, or {@code null} for mail outside any event
 * (account verification)
 * @param purpose why it is sent, such as {@code topic-decision}; with the subject and the
 * recipient it identifies the draft that a later enqueue replaces (DOMAIN.md, L4)
 * @param subjectType what kind of object it is about, such as {@code topic}
 * @param subjectId which one, such as {@code 42}
 * @param recipient one address, {@code jane@example.org} or
 * {@code Jane Doe <jane@example.org>}
 * @param subject the mail's subject line
 * @param textBody the plain-text part
 * @param htmlBody the HTML part, or {@code null} for a plain-text message
 * @param shownSubject the subject as the outbox pages show it, without the values only
 * the recipient may read, or {@code null} to show the subject as sent
 * @param shownTextBody the plain-text part likewise; given exactly when
 * {@code shownSubject} is
 */
public record OutgoingMail(Long eventId, String purpose, String subjectType, String subjectId, String recipient,
		String subject, String textBody, String htmlBody, String shownSubject, String shownTextBody) {

	/** A message without secrets: the outbox pages show it as it is sent. */
	public OutgoingMail(Long eventId, String purpose, String subjectType, String subjectId, String recipient,
			String subject, String textBody, String htmlBody) {
		this(eventId, purpose, subjectType, subjectId, recipient, subject, textBody, htmlBody, null, null);
	}

	/**
	 * A plain-text message from a rendered template, shown on the outbox pages as
	 * {@link MailTemplates#render} rendered it for them.
	 */
	public OutgoingMail(Long eventId, String purpose, String subjectType, String subjectId, String recipient,
			RenderedMail text) {
		this(eventId, purpose, subjectType, subjectId, recipient, text.subject(), text.textBody(), null,
				text.shownSubject(), text.shownTextBody());
	}

}
