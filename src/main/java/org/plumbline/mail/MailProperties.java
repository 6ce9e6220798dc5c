package org.plumbline.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code plumbline.mail}; the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param enabled whether this instance delivers mail from the outbox (mail is queued
 * either way)
 * @param from the sender of every message; its domain also names the Message-IDs
 * @param pollInterval the pause between two runs of the delivery worker
 * @param maxAttempts attempts before a message is marked failed
 * @param lease how long a claimed message belongs to the worker that claimed it before
 * another may claim it again (the first is taken to have died): longer than the SMTP
 * time-outs of a whole batch of 20 messages
 */
@ConfigurationProperties("plumbline.mail")
public record MailProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("Plumbline <noreply@plumbline.local>") String from, @DefaultValue("PT5S") Duration pollInterval,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT15M") Duration lease) {

	public MailProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("plumbline.mail.max-attempts must be at least 1, not " + maxAttempts);
		}
		if (lease == null || lease.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("plumbline.mail.lease must be at least PT1M, not " + lease);
		}
	}

}
