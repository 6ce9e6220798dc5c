package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.MutableClock;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages that the SMTP server refuses (an unknown mailbox), unlike an outage, count
 * their attempts: they are retried with back-off, fail after the last, and can be resent.
 * {@link MailRefusalPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(MailOutboxTest.ClockConfiguration.class)
class MailRefusalTest {

	static final String REFUSED_DOMAIN = "refused.example.org";

	@RegisterExtension
	static final RefusingSmtpServer smtp = new RefusingSmtpServer(REFUSED_DOMAIN);

	static final Instant START = MailOutboxTest.START;

	@DynamicPropertySource
	static void mailProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 5000);
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
		registry.add("plumbline.mail.max-attempts", () -> 3);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDeliveryWorker worker;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	HealthContributorRegistry healthContributors;

	@BeforeEach
	void emptyOutboxAndResetClockAndServer() {
		this.jdbc.sql("DELETE FROM mail_outbox").update();
		this.clock.set(START);
		smtp.clear();
		smtp.refuse(REFUSED_DOMAIN);
	}

	@Test
	void aRefusedRecipientIsRetriedWithBackOffThenFailsAndAResendAfterTheMailboxExistsIsDelivered() {
		enqueue("nobody@" + REFUSED_DOMAIN, "Accepted");
		enqueue("jane@example.org", "Accepted");

		this.worker.run();

		assertThat(smtp.acceptedRecipients()).containsExactly("jane@example.org");
		OutboxMessage refused = to("nobody@" + REFUSED_DOMAIN);
		assertThat(refused.status()).isEqualTo(MailStatus.PENDING);
		assertThat(refused.attempts()).isEqualTo(1);
		assertThat(refused.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
		assertThat(refused.lastError()).contains("550 5.1.1").doesNotContain("\tat ");
		assertThat(health()).as("the server was reached").isEqualTo(Status.UP);

		this.clock.advance(Duration.ofMinutes(1));
		this.worker.run();
		assertThat(to("nobody@" + REFUSED_DOMAIN).nextAttemptAt()).as("second back-off doubles")
			.isEqualTo(START.plus(Duration.ofMinutes(1 + 2)));
		this.clock.advance(Duration.ofMinutes(2));
		this.worker.run();

		OutboxMessage failed = to("nobody@" + REFUSED_DOMAIN);
		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(this.outbox.list(OutboxScope.allMail(), MailStatus.FAILED, 0, 10).messages())
			.containsExactly(failed);
		this.clock.advance(Duration.ofHours(1));
		this.worker.run();
		assertThat(to("nobody@" + REFUSED_DOMAIN).attempts()).as("a failed mail is not retried").isEqualTo(3);

		smtp.refuse(null);
		long copyId = this.outbox.resend(OutboxScope.allMail(), failed.id(), editor()).copyId();
		OutboxMessage copy = this.outbox.find(OutboxScope.allMail(), copyId).orElseThrow();
		assertThat(copy.status()).isEqualTo(MailStatus.PENDING);
		assertThat(copy.attempts()).isZero();
		assertThat(copy.lastError()).isNull();
		assertThat(copy.nextAttemptAt()).isEqualTo(this.clock.instant());
		assertThat(copy.messageId()).isNotEqualTo(failed.messageId());
		assertThat(copy).usingRecursiveComparison()
			.comparingOnlyFields("eventId", "purpose", "subjectType", "subjectId", "recipient", "subject", "textBody",
					"secretsWithheld")
			.isEqualTo(failed);

		this.worker.run();

		assertThat(smtp.acceptedRecipients()).containsExactly("jane@example.org", "nobody@" + REFUSED_DOMAIN);
		assertThat(this.outbox.find(OutboxScope.allMail(), copyId).orElseThrow().status()).isEqualTo(MailStatus.SENT);
		assertThat(this.outbox.find(OutboxScope.allMail(), failed.id()).orElseThrow()).as("the original is left alone")
			.isEqualTo(failed);
	}

	@Test
	void aDraftRefusedOnceIsStillReplacedByALaterEnqueueInsteadOfJoinedByASecondMessage() {
		String first = enqueue("nobody@" + REFUSED_DOMAIN, "Accepted");
		this.worker.run();
		assertThat(to("nobody@" + REFUSED_DOMAIN).attempts()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(30));
		String second = enqueue("nobody@" + REFUSED_DOMAIN, "Rejected after all");

		assertThat(second).isEqualTo(first);
		List<OutboxMessage> all = this.outbox.list(OutboxScope.allMail(), null, 0, 10).messages();
		assertThat(all).hasSize(1);
		OutboxMessage draft = all.getFirst();
		assertThat(draft.subject()).isEqualTo("Rejected after all");
		assertThat(draft.attempts()).as("a new text starts afresh").isZero();
		assertThat(draft.nextAttemptAt()).isEqualTo(START.plus(Duration.ofSeconds(30)));
		assertThat(draft.lastError()).isNull();
	}

	@Test
	void healthIsDegradedWhenTheServerRefusesTenMessagesInARowAndUpAgainOnceItTakesOne() {
		for (int i = 1; i < MailOutboxHealthIndicator.DEGRADED_AFTER_REFUSALS; i++) {
			enqueue("topic-" + i, "nobody" + i + "@" + REFUSED_DOMAIN, "Accepted");
		}
		this.worker.run();
		assertThat(health()).as("after %d refusals", MailOutboxHealthIndicator.DEGRADED_AFTER_REFUSALS - 1)
			.isEqualTo(Status.UP);

		enqueue("topic-last", "nobody@" + REFUSED_DOMAIN, "Accepted");
		this.worker.run();
		Health degraded = ((HealthIndicator) this.healthContributors.getContributor("mailOutbox")).health();
		assertThat(degraded.getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(degraded.getDetails()).containsEntry("refusalsInARow",
				MailOutboxHealthIndicator.DEGRADED_AFTER_REFUSALS);
		assertThat((String) degraded.getDetails().get("delivery")).startsWith("the SMTP server refused the last 10");

		enqueue("topic-accepted", "jane@example.org", "Accepted");
		this.worker.run();
		assertThat(health()).isEqualTo(Status.UP);
	}

	private String enqueue(String recipient, String subject) {
		return enqueue("42", recipient, subject);
	}

	private String enqueue(String topic, String recipient, String subject) {
		return new TransactionTemplate(this.transactionManager).execute(status -> this.outbox
			.enqueue(new OutgoingMail(null, "topic-decision", "topic", topic, recipient, subject, "Body", null)));
	}

	/** The first message queued to this recipient (the listing is newest first). */
	private OutboxMessage to(String recipient) {
		return this.outbox.list(OutboxScope.allMail(), null, 0, 10)
			.messages()
			.stream()
			.filter(message -> message.recipient().equals(recipient))
			.reduce((newer, older) -> older)
			.orElseThrow();
	}

	private Status health() {
		return ((HealthIndicator) this.healthContributors.getContributor("mailOutbox")).health().getStatus();
	}

	/** The account that resends in these tests. */
	private long editor() {
		return MailOutboxTest.editor(this.jdbc);
	}

}
