package org.plumbline.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.plumbline.jdbc.InstanceName;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the delivery worker only when {@code plumbline.mail.enabled} is true and a
 * {@link JavaMailSender} exists (Spring Boot makes one when {@code spring.mail.host} is
 * set); without SMTP, mail stays pending in the outbox. An auto-configuration (listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}, and so left out of the component
 * scan) because only those are evaluated after Spring Boot's mail sender is defined,
 * which {@link ConditionalOnBean} needs.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnBooleanProperty(name = "plumbline.mail.enabled", matchIfMissing = true)
@ConditionalOnBean(JavaMailSender.class)
public class MailDeliveryConfiguration {

	static final Duration UNSET_SMTP_TIME_OUT = Duration.ofSeconds(10);

	private static final List<String> SMTP_TIME_OUTS = List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout",
			"mail.smtp.writetimeout");

	MailDeliveryConfiguration() {
	}

	@Bean
	MailDeliveryWorker mailDeliveryWorker(MailOutboxRepository outbox, JavaMailSender sender,
			PlatformTransactionManager transactionManager, Clock clock, MailProperties properties,
			InstanceName instance) {
		Properties javaMail = (sender instanceof JavaMailSenderImpl configured) ? configured.getJavaMailProperties()
				: new Properties();
		Duration smtpTimeouts = smtpTimeouts(javaMail);
		if (properties.lease().compareTo(smtpTimeouts) <= 0) {
			// no message could ever be sent: each claim would end before its conversation
			throw new IllegalArgumentException("plumbline.mail.lease (" + properties.lease()
					+ ") must be longer than the SMTP time-outs together (" + smtpTimeouts
					+ ", spring.mail.properties.mail.smtp.connectiontimeout, .timeout and .writetimeout)");
		}
		return new MailDeliveryWorker(outbox, sender, new TransactionTemplate(transactionManager), clock, properties,
				smtpTimeouts, instance);
	}

	/**
	 * The longest an SMTP conversation may take: its connection, read and write time-outs
	 * together ({@code spring.mail.properties.mail.smtp.*}, in milliseconds). One left
	 * unset, which JavaMail takes for no time-out at all, counts as
	 * {@link #UNSET_SMTP_TIME_OUT}, as application.yaml sets each.
	 * @throws IllegalStateException if one is not a positive number: 0, JavaMail's "no
	 * time-out", would let a conversation outlast any lease
	 */
	static Duration smtpTimeouts(Properties javaMail) {
		Duration total = Duration.ZERO;
		for (String timeout : SMTP_TIME_OUTS) {
			String millis = javaMail.getProperty(timeout);
			total = total
				.plus(millis == null || millis.isBlank() ? UNSET_SMTP_TIME_OUT : positiveMillis(timeout, millis));
		}
		return total;
	}

	private static Duration positiveMillis(String timeout, String millis) {
		long value;
		try {
			value = Long.parseLong(millis.strip());
		}
		catch (NumberFormatException notANumber) {
			value = 0;
		}
		if (value <= 0) {
			throw new IllegalStateException("spring.mail.properties." + timeout + " is '" + millis
					+ "': set a positive number of milliseconds, or leave it unset for "
					+ UNSET_SMTP_TIME_OUT.toMillis() + " (0 would let an SMTP conversation outlast any lease)");
		}
		return Duration.ofMillis(value);
	}

}
