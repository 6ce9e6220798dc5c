package org.plumbline.mail;

/**
 * A template filled in: the subject (one line) and the plain-text body of a message,
 * ready for an {@link OutgoingMail}, as sent and as the outbox pages show it.
 *
 * @param subject the subject as sent
 * @param textBody the body as sent
 * @param shownSubject the subject with each secret placeholder's value replaced by
 * {@link MailPurpose#WITHHELD}
 * @param shownTextBody the body likewise
 */
public record RenderedMail(String subject, String textBody, String shownSubject, String shownTextBody) {

	/** A text without secrets, shown as it is sent. */
	public RenderedMail(String subject, String textBody) {
		this(subject, textBody, subject, textBody);
	}

}
