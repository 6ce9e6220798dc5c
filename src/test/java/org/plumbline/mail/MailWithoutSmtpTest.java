package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default, without SMTP settings: mail is kept in the outbox, where the
 * site's admin reads it, and the health check says so instead of reporting a failure.
 * Shares its application context with {@link MailTemplatesTest}.
 * {@link MailWithoutSmtpPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import({ MailOutboxTest.ClockConfiguration.class, MailTemplatesTest.TestPurposes.class })
class MailWithoutSmtpTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	HealthContributorRegistry healthContributors;

	@BeforeEach
	void emptyOutbox() {
		this.jdbc.sql("DELETE FROM mail_outbox").update();
	}

	@Test
	void mailIsKeptInTheOutboxForTheAdminToRead() {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult(status -> this.outbox.enqueue(new OutgoingMail(null, "account-verification",
					"account", "7", "jane@example.org", "Verify your address", "Open https://example.org/v/1", null)));

		assertThat(this.context.getBeanNamesForType(MailDeliveryWorker.class)).isEmpty();
		OutboxPage page = this.outbox.list(OutboxScope.allMail(), MailStatus.PENDING, 0, 20);
		assertThat(page.messages()).extracting(OutboxMessage::subject, OutboxMessage::textBody)
			.containsExactly(tuple("Verify your address", "Open https://example.org/v/1"));
	}

	@Test
	void theHealthCheckSaysMailIsKeptRatherThanDown() {
		Health health = ((HealthIndicator) this.healthContributors.getContributor("mailOutbox")).health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("delivery", "no SMTP configured: mail is kept in the outbox")
			.containsEntry("pending", 0L)
			.containsEntry("failed", 0L);
	}

}
