package org.plumbline.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.plumbline.mail.domain.MailOutboxRepository.Summary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The {@code mailOutbox} health check, in place of Spring Boot's mail check (turned off:
 * it reports DOWN without SMTP, where keeping mail in the outbox is the intended
 * default). UP while this instance's delivery worker runs; UNKNOWN without one (no SMTP
 * configured, or delivery off here), since mail is then kept, not lost; DEGRADED when the
 * worker's last {@value #DEGRADED_AFTER_CONNECTION_FAILURES} attempts all found the SMTP
 * server unreachable, or the server refused the last {@value #DEGRADED_AFTER_REFUSALS}
 * messages in a row (a sender or relay it does not allow, more likely than that many bad
 * addresses). Not DOWN: the site still serves every page and keeps every message, and a
 * load balancer that reads DOWN would take every instance out of service for an outage of
 * someone else's server (application.yaml orders DEGRADED between DOWN and UP and answers
 * it with 200). DOWN only when the worker itself is stuck: it has shown no sign of life
 * for a poll interval and a lease ({@code plumbline.mail.lease}, which outlasts the SMTP
 * time-outs of a whole batch), so this instance no longer delivers and other instances
 * are taking over its claims; a restart is the cure, which is what DOWN asks of an
 * orchestrator. The figures are the whole outbox's, shared by all instances
 * ({@code pending} is the queue's length); the state of the worker is this instance's.
 */
@Component
class MailOutboxHealthIndicator implements HealthIndicator {

	/** More than one, so that a single dropped connection does not page anyone. */
	static final int DEGRADED_AFTER_CONNECTION_FAILURES = 3;

	/**
	 * More than a few, so that a handful of mistyped addresses in a row does not page
	 * anyone.
	 */
	static final int DEGRADED_AFTER_REFUSALS = 10;

	static final Status DEGRADED = new Status("DEGRADED", "mail waits: the SMTP server is unreachable");

	private final MailOutboxRepository outbox;

	private final ObjectProvider<MailDeliveryWorker> worker;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final Duration stuckAfter;

	MailOutboxHealthIndicator(MailOutboxRepository outbox, ObjectProvider<MailDeliveryWorker> worker,
			ObjectProvider<JavaMailSender> sender, Clock clock, MailProperties properties) {
		this.outbox = outbox;
		this.worker = worker;
		this.sender = sender;
		this.clock = clock;
		this.stuckAfter = properties.pollInterval().plus(properties.lease());
	}

	@Override
	public Health health() {
		Health.Builder health = delivery(worker.getIfAvailable());
		Summary summary = outbox.summary();
		health.withDetail("pending", summary.pending()).withDetail("failed", summary.failed());
		if (summary.oldestPendingSince() != null) {
			health.withDetail("oldestPendingAge",
					Duration.between(summary.oldestPendingSince(), clock.instant()).withNanos(0).toString());
		}
		if (summary.lastSentAt() != null) {
			health.withDetail("lastSentAt", summary.lastSentAt().toString());
		}
		return health.build();
	}

	private Health.Builder delivery(MailDeliveryWorker worker) {
		if (worker == null) {
			return Health.unknown()
				.withDetail("delivery", sender.getIfAvailable() == null
						? "no SMTP configured: mail is kept in the outbox"
						: "delivery is off on this instance (plumbline.mail.enabled=false): mail is kept in the outbox");
		}
		int failures = worker.connectionFailuresInARow();
		int refusals = worker.refusalsInARow();
		Instant lastSignOfLife = worker.lastSignOfLife();
		Health.Builder health;
		if (Duration.between(lastSignOfLife, clock.instant()).compareTo(stuckAfter) > 0) {
			health = Health.down()
				.withDetail("delivery", "the delivery worker has not run since " + lastSignOfLife
						+ ": it is stuck, and this instance sends no mail");
		}
		else if (failures >= DEGRADED_AFTER_CONNECTION_FAILURES) {
			health = Health.status(DEGRADED)
				.withDetail("delivery", "the SMTP server was unreachable the last " + failures + " times: mail waits");
		}
		else if (refusals >= DEGRADED_AFTER_REFUSALS) {
			health = Health.status(DEGRADED)
				.withDetail("delivery", "the SMTP server refused the last " + refusals
						+ " messages: check the sender (plumbline.mail.from) and the server's relay settings");
		}
		else {
			health = Health.up().withDetail("delivery", "running");
		}
		health.withDetail("lastRunAt", lastSignOfLife.toString());
		if (failures > 0) {
			health.withDetail("connectionFailuresInARow", failures);
			worker.lastConnectionFailure().ifPresent(error -> health.withDetail("lastConnectionFailure", error));
		}
		if (refusals > 0) {
			health.withDetail("refusalsInARow", refusals);
		}
		return health;
	}

}
