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
 */
public record OutgoingMail(Long eventId, String purpose, String subjectType, String subjectId, String recipient,
		String subject, String textBody, String htmlBody) {

}
