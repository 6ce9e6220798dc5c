package org.plumbline.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plumbline.mail.domain.MailDeliveryWorker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The {@code mailOutbox} health check, in place of Spring Boot's mail check (turned off:
 * it reports DOWN without SMTP, where keeping mail in the outbox is the intended
 * default): the state of this instance's delivery worker, read from the worker alone,
 * never from the database, since it is part of the liveness probe and an orchestrator
 * restarts an instance whose liveness is DOWN: a database outage must not restart every
 * instance (the outbox's figures are {@link MailQueueHealthIndicator}'s). UP while this
 * instance's delivery worker runs; UNKNOWN without one (no SMTP configured, or delivery
 * off here), since mail is then kept, not lost; DEGRADED when the worker's last
 * {@value #DEGRADED_AFTER_CONNECTION_FAILURES} attempts all found the SMTP server
 * unreachable, or the server refused the last {@value #DEGRADED_AFTER_REFUSALS} messages
 * in a row (a sender or relay it does not allow, more likely than that many bad
 * addresses). Not DOWN: the site still serves every page and keeps every message, and a
 * load balancer that reads DOWN would take every instance out of service for an outage of
 * someone else's server (application.yaml orders DEGRADED between DOWN and UP and answers
 * it with 200). DOWN only when the worker itself is stuck: it has shown no sign of life
 * for a poll interval and a lease ({@code plumbline.mail.lease}, which outlasts the SMTP
 * time-outs of a whole batch), so this instance no longer delivers and other instances
 * are taking over its claims; a restart is the cure, which is what DOWN asks of an
 * orchestrator. A worker that cannot reach the database shows its sign of life all the
 * same (each run starts with one), so an outage does not make it stuck.
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

	private final ObjectProvider<MailDeliveryWorker> worker;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final Duration stuckAfter;

	MailOutboxHealthIndicator(ObjectProvider<MailDeliveryWorker> worker, ObjectProvider<JavaMailSender> sender,
			Clock clock, MailProperties properties) {
		this.worker = worker;
		this.sender = sender;
		this.clock = clock;
		this.stuckAfter = properties.pollInterval().plus(properties.lease());
	}

	@Override
	public Health health() {
		MailDeliveryWorker worker = this.worker.getIfAvailable();
		if (worker == null) {
			return Health.unknown()
				.withDetail("delivery", sender.getIfAvailable() == null
						? "no SMTP configured: mail is kept in the outbox"
						: "delivery is off on this instance (plumbline.mail.enabled=false): mail is kept in the outbox")
				.build();
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
		return health.build();
	}

}
