package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
	MailTemplates templates;

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
	void mailIsKeptInTheOutboxWhereOnlyTheAdminCanReadItsOneTimeLink() {
		String link = "https://example.org/account/verify?token=t0k3n-only-for-jane";
		RenderedMail text = this.templates.render("account-verification", null,
				Map.of("name", "Jane", "link", link, "valid_for", "24 hours"));
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> this.outbox
			.enqueue(new OutgoingMail(null, "account-verification", "account", "7", "jane@example.org", text)));

		assertThat(this.context.getBeanNamesForType(MailDeliveryWorker.class)).isEmpty();
		OutboxPage page = this.outbox.list(OutboxScope.allMail(), MailStatus.PENDING, 0, 20);
		OutboxMessage kept = page.messages().getFirst();
		assertThat(kept.subject()).isEqualTo("Confirm your email address");
		assertThat(kept.textBody()).doesNotContain("t0k3n").contains(MailPurpose.WITHHELD);
		assertThat(kept.secretsWithheld()).isTrue();
		assertThat(this.outbox.textToPassOn(OutboxScope.allMail(), kept.id())).get()
			.extracting(RenderedMail::textBody)
			.asString()
			.contains(link)
			.doesNotContain(MailPurpose.WITHHELD);
	}

	@Test
	void mailWithoutSecretsHasNothingToPassOn() {
		String messageId = new TransactionTemplate(this.transactionManager)
			.execute(status -> this.outbox.enqueue(new OutgoingMail(null, "test-site-notice", "account", "7",
					"jane@example.org", "Notice", "Hello Jane", null)));
		OutboxMessage kept = this.outbox.list(OutboxScope.allMail(), null, 0, 20).messages().getFirst();

		assertThat(kept.messageId()).isEqualTo(messageId);
		assertThat(kept.secretsWithheld()).isFalse();
		assertThat(kept.textBody()).isEqualTo("Hello Jane");
		assertThat(this.outbox.textToPassOn(OutboxScope.allMail(), kept.id())).isEmpty();
	}

	@Test
	void theHealthCheckSaysMailIsKeptRatherThanDown() {
		Health health = ((HealthIndicator) this.healthContributors.getContributor("mailOutbox")).health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("delivery", "no SMTP configured: mail is kept in the outbox");
		Health queue = ((HealthIndicator) this.healthContributors.getContributor("mailQueue")).health();
		assertThat(queue.getStatus()).isEqualTo(Status.UP);
		assertThat(queue.getDetails()).containsEntry("pending", 0L).containsEntry("failed", 0L);
	}

}
