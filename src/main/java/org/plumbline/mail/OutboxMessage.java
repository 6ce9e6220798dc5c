package org.plumbline.mail;

import java.time.Instant;

/**
 * A message of the outbox as the outbox pages show it: without the values that only its
 * recipient may read (see {@link MailPurpose#secretPlaceholders()}).
 *
 * @param subject the subject, with {@link MailPurpose#WITHHELD} for each secret value
 * @param textBody the plain-text part likewise
 * @param secretsWithheld whether the subject or text differ from what is sent because
 * secret values are withheld
 */
public record OutboxMessage(long id, String messageId, Long eventId, String purpose, String subjectType,
		String subjectId, String recipient, String subject, String textBody, boolean secretsWithheld, MailStatus status,
		int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError) {

}
