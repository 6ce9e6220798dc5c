package org.plumbline.mail.domain;

import java.time.Instant;

/**
 * A claimed message as the delivery worker sends it: with the text as the recipient is to
 * read it, secret values included.
 *
 * @param htmlBody the HTML part, or {@code null} for a plain-text message
 * @param attempts the delivery attempts made before this one
 * @param leaseUntil the end of this claim's lease, as stored: the worker's marks apply
 * only while the row still carries it, so a worker whose lease ran out and was claimed
 * again by another never changes the other's claim
 */
public record QueuedMail(long id, String messageId, String recipient, String subject, String textBody, String htmlBody,
		int attempts, Instant leaseUntil) {

}
