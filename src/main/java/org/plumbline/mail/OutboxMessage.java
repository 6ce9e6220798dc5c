package org.plumbline.mail;

import java.time.Instant;

/** A message of the outbox as the organisers' outbox page shows it. */
public record OutboxMessage(long id, String messageId, Long eventId, String purpose, String subjectType,
		String subjectId, String recipient, String subject, String textBody, String htmlBody, MailStatus status,
		int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError) {

}
