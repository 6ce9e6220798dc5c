package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.plumbline.jdbc.InstanceName;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

/** The delivery worker runs only with mail enabled and an SMTP server configured. */
class MailDeliveryConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailDeliveryConfiguration.class))
		.withBean(MailOutboxRepository.class, () -> mock(MailOutboxRepository.class))
		.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(InstanceName.class)
		.withBean(MailProperties.class, () -> new MailProperties(true, "Plumbline <noreply@plumbline.local>",
				Duration.ofSeconds(5), 8, Duration.ofMinutes(15)));

	@Test
	void withoutSmtpSettingsThereIsNoWorkerAndMailStaysInTheOutbox() {
		this.contexts.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailDeliveryWorker.class));
	}

	@Test
	void withAnSmtpHostTheWorkerRuns() {
		this.contexts.withPropertyValues("spring.mail.host=smtp.example.org")
			.run(context -> assertThat(context).hasSingleBean(MailDeliveryWorker.class));
	}

	@Test
	void mailDisabledKeepsTheWorkerOffEvenWithAnSmtpHost() {
		this.contexts.withPropertyValues("spring.mail.host=smtp.example.org", "plumbline.mail.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(MailDeliveryWorker.class));
	}

	@Test
	void aLeaseNoLongerThanTheSmtpTimeOutsTogetherIsRefusedAtStartSinceNoMessageCouldBeSentOnIt() {
		this.contexts
			.withPropertyValues("spring.mail.host=smtp.example.org",
					"spring.mail.properties.mail.smtp.connectiontimeout=300000",
					"spring.mail.properties.mail.smtp.timeout=300000",
					"spring.mail.properties.mail.smtp.writetimeout=300000")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageStartingWith(
						"plumbline.mail.lease (PT15M) must be longer than the SMTP time-outs together"));
	}

	@Test
	void anSmtpTimeOutOfZeroOrNotANumberIsRefusedAtStartNamingItsKey() {
		for (String value : new String[] { "0", "thirty" }) {
			this.contexts
				.withPropertyValues("spring.mail.host=smtp.example.org",
						"spring.mail.properties.mail.smtp.timeout=" + value)
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageStartingWith("spring.mail.properties.mail.smtp.timeout is '" + value
							+ "': set a positive number of milliseconds"));
		}
	}

	@Test
	void messageIdsUseTheSendersDomainOrPlumblineLocal() {
		assertThat(MailOutbox.messageIdDomain("LPC <noreply@LPC.Example.org>")).isEqualTo("lpc.example.org");
		assertThat(MailOutbox.messageIdDomain("not an address")).isEqualTo("plumbline.local");
	}

}
