package org.plumbline.mail.domain;

/**
 * A claimed message as the delivery worker sends it: with the text as the recipient is to
 * read it, secret values included.
 *
 * @param htmlBody the HTML part, or {@code null} for a plain-text message
 * @param attempts the delivery attempts made before this one
 */
public record QueuedMail(long id, String messageId, String recipient, String subject, String textBody, String htmlBody,
		int attempts) {

}
