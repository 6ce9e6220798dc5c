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
 */
@ConfigurationProperties("plumbline.mail")
public record MailProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("Plumbline <noreply@plumbline.local>") String from, @DefaultValue("PT5S") Duration pollInterval,
		@DefaultValue("8") int maxAttempts) {

	public MailProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("plumbline.mail.max-attempts must be at least 1, not " + maxAttempts);
		}
	}

}
