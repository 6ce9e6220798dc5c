package org.plumbline.mail;

import java.time.Clock;
import java.time.Duration;

import org.plumbline.jdbc.OperatorReads;
import org.plumbline.jdbc.UnreadableDatabaseException;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.plumbline.mail.domain.MailOutboxRepository.Summary;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code mailQueue} health check: the whole outbox's figures, shared by all instances
 * ({@code pending} is the queue's length, {@code failed}, the age of the oldest waiting
 * message, when a message was last sent). UP while the outbox can be read; DOWN, with the
 * reason, when it cannot (the database is away or does not answer in time), rather than
 * failing the health check. It reads the database, so it stays out of the liveness probe
 * (application.yaml): the worker's own state is {@link MailOutboxHealthIndicator}'s.
 */
@Component
class MailQueueHealthIndicator implements HealthIndicator {

	private final MailOutboxRepository outbox;

	private final OperatorReads reads;

	private final Clock clock;

	MailQueueHealthIndicator(MailOutboxRepository outbox, OperatorReads reads, Clock clock) {
		this.outbox = outbox;
		this.reads = reads;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Summary summary;
		try {
			summary = reads.read(outbox::summary);
		}
		catch (UnreadableDatabaseException unread) {
			return Health.down().withDetail("reason", unread.getMessage()).build();
		}
		Health.Builder health = Health.up()
			.withDetail("pending", summary.pending())
			.withDetail("failed", summary.failed());
		if (summary.oldestPendingSince() != null) {
			health.withDetail("oldestPendingAge",
					Duration.between(summary.oldestPendingSince(), clock.instant()).withNanos(0).toString());
		}
		if (summary.lastSentAt() != null) {
			health.withDetail("lastSentAt", summary.lastSentAt().toString());
		}
		return health.build();
	}

}
