package org.plumbline.mail;

import java.time.Clock;

import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
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

	MailDeliveryConfiguration() {
	}

	@Bean
	MailDeliveryWorker mailDeliveryWorker(MailOutboxRepository outbox, JavaMailSender sender,
			PlatformTransactionManager transactionManager, Clock clock, MailProperties properties) {
		return new MailDeliveryWorker(outbox, sender, new TransactionTemplate(transactionManager), clock, properties);
	}

}
