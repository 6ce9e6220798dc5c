package org.plumbline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.plumbline.mail.domain.QueuedMail;
import org.plumbline.testsupport.FreePorts;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and its delivery worker against GreenMail as a real SMTP server. The
 * worker's schedule is an hour, so tests call {@link MailDeliveryWorker#run()}
 * themselves, and time moves only through the {@link MutableClock}.
 * {@link MailOutboxPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(MailOutboxTest.ClockConfiguration.class) // imported, not nested-detected, so
													// subclasses get it too
class MailOutboxTest {

	static final int SMTP_PORT = FreePorts.next();

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	/** Longer than the test database's lock time-out (LOCK_TIMEOUT=10000 on H2). */
	static final Duration ROW_HELD = Duration.ofSeconds(12);

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 5000);
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
		registry.add("plumbline.mail.max-attempts", () -> 3);
		registry.add("plumbline.mail.from", () -> "LPC Organisers <noreply@lpc.example.org>");
		registry.add("plumbline.instance-id", () -> "mail-test-1");
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailTemplates templates;

	@Autowired
	MailOutboxRepository repository;

	@Autowired
	MailDeliveryWorker worker;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailProperties properties;

	@Autowired
	HealthContributorRegistry healthContributors;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	@BeforeEach
	void emptyOutboxAndResetClock() {
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.jdbc.sql("DELETE FROM mail_outbox").update();
		this.jdbc.sql("DELETE FROM audit_entry").update();
		this.jdbc.sql("DELETE FROM event WHERE slug LIKE 'mailtest%'").update();
		this.clock.set(START);
	}

	@Test
	void queuedMailIsDeliveredOnceWithItsStoredMessageIdSubjectRecipientAndBody() throws Exception {
		String messageId = enqueue(
				mail("topic", "42", "jane@example.org", "Your topic was accepted", "Grüße, your topic is in."));

		this.worker.run();
		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo(messageId).matches("<[0-9a-f-]{36}@lpc\\.example\\.org>");
		assertThat(received[0].getSubject()).isEqualTo("Your topic was accepted");
		assertThat(received[0].getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("jane@example.org");
		assertThat(received[0].getFrom()).extracting(Object::toString)
			.containsExactly("LPC Organisers <noreply@lpc.example.org>");
		assertThat(((String) received[0].getContent()).strip()).isEqualTo("Grüße, your topic is in.");
		OutboxMessage stored = single();
		assertThat(stored.status()).isEqualTo(MailStatus.SENT);
		assertThat(stored.sentAt()).isEqualTo(START);
		assertThat(stored.messageId()).isEqualTo(messageId);
		assertThat(this.jdbc.sql("SELECT sent_by FROM mail_outbox").query(String.class).single())
			.as("the instance whose worker sent it, for an operator of several instances")
			.isEqualTo("mail-test-1");
	}

	@Test
	void mailToAnAddressInTheInvalidDomainIsKeptAsWithheldAndNeverSent() {
		String messageId = enqueue(mail("topic", "42", "Ada Abe <ada.abe@sample.INVALID>", "Your topic was accepted",
				"Your topic is in."));
		enqueue(mail("topic", "42", "ada.abe@sample.invalid", "Your topic was accepted", "Still in."));

		this.worker.run();

		assertThat(greenMail.getReceivedMessages()).isEmpty();
		List<OutboxMessage> kept = all();
		assertThat(kept).as("two messages, since a withheld one is no draft to replace").hasSize(2);
		assertThat(kept).extracting(OutboxMessage::status).containsOnly(MailStatus.WITHHELD);
		assertThat(kept).extracting(OutboxMessage::messageId).contains(messageId);
	}

	@Test
	void mailWithAnHtmlPartIsSentAsAlternativeTextAndHtml() throws Exception {
		enqueue(new OutgoingMail(null, "verification", "account", "7", "jane@example.org", "Verify your address",
				"Open https://example.org/v/1", "<p>Open <a href=\"https://example.org/v/1\">this link</a></p>"));

		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getContent()).isInstanceOf(MimeMultipart.class);
		assertThat(received[0].getContentType()).startsWith("multipart/mixed");
		assertThat(new String(received[0].getRawInputStream().readAllBytes())).contains("text/plain")
			.contains("text/html")
			.contains("this link");
	}

	@Test
	void mailEnqueuedInATransactionThatRollsBackIsNeverStored() {
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
			status.setRollbackOnly();
		});

		assertThat(count()).isZero();
		this.worker.run();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void enqueueOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.outbox.enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count()).isZero();
	}

	@Test
	void secondEnqueueForTheSameSubjectPurposeAndRecipientReplacesThePendingDraft() throws Exception {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Your topic was accepted", "Accepted"));
		this.clock.advance(Duration.ofMinutes(5));
		String second = enqueue(mail("topic", "42", "jane@example.org", "Your topic was not accepted", "Rejected"));

		assertThat(second).isEqualTo(first);
		OutboxMessage draft = single();
		assertThat(draft.subject()).isEqualTo("Your topic was not accepted");
		assertThat(draft.textBody()).isEqualTo("Rejected");
		assertThat(draft.createdAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));

		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Your topic was not accepted");
		assertThat(((String) received[0].getContent()).strip()).isEqualTo("Rejected");
	}

	@Test
	void enqueueAfterTheDraftWasSentQueuesANewMessage() {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Accepted"));
		this.worker.run();
		String second = enqueue(mail("topic", "42", "jane@example.org", "Rejected after all", "Rejected"));

		assertThat(second).isNotEqualTo(first);
		assertThat(all()).extracting(OutboxMessage::status).containsExactly(MailStatus.PENDING, MailStatus.SENT);
	}

	@Test
	void mailsForOtherRecipientsSubjectsOrPurposesAreKeptApart() {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "A"));
		enqueue(mail("topic", "42", "john@example.org", "Accepted", "B"));
		enqueue(mail("topic", "43", "jane@example.org", "Accepted", "C"));
		enqueue(new OutgoingMail(null, "topic-reminder", "topic", "42", "jane@example.org", "Reminder", "D", null));

		assertThat(count()).isEqualTo(4);
	}

	@Test
	void smtpOutageKeepsTheMailPendingWithoutCountingAnAttemptAndDeliversItOnceSmtpIsBack() throws Exception {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		greenMail.stop();

		this.worker.run();

		OutboxMessage waiting = single();
		assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.attempts()).isZero();
		assertThat(waiting.lastError()).contains("Mail server connection failed").doesNotContain("\tat ");
		assertThat(waiting.nextAttemptAt()).isEqualTo(START.plus(MailDeliveryWorker.OUTAGE_PAUSE));

		greenMail.start();
		this.worker.run();
		assertThat(greenMail.getReceivedMessages()).as("not due before the pause ends").isEmpty();

		this.clock.advance(MailDeliveryWorker.OUTAGE_PAUSE);
		this.worker.run();

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		OutboxMessage sent = single();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isEqualTo(START.plus(MailDeliveryWorker.OUTAGE_PAUSE));
		assertThat(sent.lastError()).isNull();
	}

	@Test
	void anSmtpOutageLongerThanTheAttemptLimitLosesAndFailsNothingAndAllIsDeliveredOnceItIsBack() throws Exception {
		int before = 25; // more than one batch of the worker
		for (int i = 0; i < before; i++) {
			enqueue(mail("topic", String.valueOf(i), "jane@example.org", "Decision " + i, "Body " + i));
		}
		greenMail.stop();

		int tries = 10; // well past the 3 attempts of this test's configuration
		for (int i = 0; i < tries; i++) {
			this.worker.run();
			if (i == tries / 2) {
				enqueue(mail("topic", "during", "jane@example.org", "Queued during the outage", "Body"));
			}
			this.clock.advance(MailDeliveryWorker.OUTAGE_PAUSE);
		}

		List<OutboxMessage> waiting = all();
		assertThat(waiting).hasSize(before + 1)
			.allSatisfy(message -> assertThat(message.status()).isEqualTo(MailStatus.PENDING))
			.allSatisfy(message -> assertThat(message.attempts()).isZero());
		assertThat(this.outbox.countByStatus(OutboxScope.allMail())).containsEntry(MailStatus.FAILED, 0L)
			.containsEntry(MailStatus.PENDING, (long) before + 1);

		greenMail.start();
		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(before + 1);
		assertThat(Arrays.stream(received).map(MailOutboxTest::messageId).distinct()).hasSize(before + 1);
		assertThat(all()).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(MailStatus.SENT);
			assertThat(message.attempts()).isEqualTo(1);
		});
	}

	@Test
	void aDraftPutBackAfterAnOutageIsStillReplacedByALaterEnqueue() {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Accepted"));
		greenMail.stop();
		this.worker.run();
		assertThat(single().status()).isEqualTo(MailStatus.PENDING);

		this.clock.advance(Duration.ofSeconds(10));
		String second = enqueue(mail("topic", "42", "jane@example.org", "Rejected after all", "Rejected"));

		assertThat(second).isEqualTo(first);
		OutboxMessage draft = single();
		assertThat(draft.subject()).isEqualTo("Rejected after all");
		assertThat(draft.lastError()).isNull();
		assertThat(draft.nextAttemptAt()).isEqualTo(START.plus(Duration.ofSeconds(10)));
	}

	@Test
	void aMessagePutBackWhileANewerDraftHoldsItsKeyStaysBesideItAndTheNewerOneIsReplaced() throws Exception {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Accepted"));
		List<QueuedMail> claimed = this.worker.claim();
		String second = enqueue(mail("topic", "42", "jane@example.org", "Rejected", "Rejected"));
		greenMail.stop();
		claimed.forEach(this.worker::deliver);

		String third = enqueue(mail("topic", "42", "jane@example.org", "Rejected, final", "Rejected"));

		assertThat(second).isNotEqualTo(first);
		assertThat(third).isEqualTo(second);
		assertThat(all()).extracting(OutboxMessage::status, OutboxMessage::subject)
			.containsExactly(tuple(MailStatus.PENDING, "Rejected, final"), tuple(MailStatus.PENDING, "Accepted"));
	}

	@Test
	void aDraftEnqueuedConcurrentlyWithAFailedAttemptKeepsTheKeyAndNothingIsLost() throws Exception {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Accepted"));
		List<QueuedMail> claimed = this.worker.claim();
		greenMail.stop();
		CountDownLatch enqueued = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		AtomicLong newerSession = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<String> newer = threads.submit(() -> this.transactions.execute(status -> {
				newerSession.set(LockWaits.session(this.jdbc));
				String messageId = this.outbox.enqueue(mail("topic", "42", "jane@example.org", "Rejected", "No"));
				enqueued.countDown();
				await(commit);
				return messageId;
			}));
			assertThat(enqueued.await(30, TimeUnit.SECONDS)).isTrue();
			// the worker puts the message back while the newer draft is not committed
			// yet;
			// on PostgreSQL its update waits for that draft's key, then collides with it
			Future<Boolean> putBack = threads.submit(() -> this.worker.deliver(claimed.getFirst()));
			LockWaits.awaitBlockedOrDone(this.jdbc, newerSession.get(), putBack);
			commit.countDown();
			assertThat(putBack.get(30, TimeUnit.SECONDS)).as("the server was unreachable").isFalse();
			String newerId = newer.get(30, TimeUnit.SECONDS);

			String latest = enqueue(mail("topic", "42", "jane@example.org", "Rejected, final", "No"));
			assertThat(latest).isEqualTo(newerId);
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(all()).extracting(OutboxMessage::status, OutboxMessage::subject)
			.containsExactly(tuple(MailStatus.PENDING, "Rejected, final"), tuple(MailStatus.PENDING, "Accepted"));
	}

	@Test
	void resendOfASentMailSendsACopyWithANewMessageIdButAPendingOneCannotBeResent() throws Exception {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		long id = single().id();
		assertThatThrownBy(() -> this.outbox.resend(OutboxScope.allMail(), id, editor()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Message " + id + " is still pending: only a sent or failed message can be resent.");
		assertThatThrownBy(() -> this.outbox.resend(OutboxScope.allMail(), id + 1000, editor()))
			.isInstanceOf(MailNotFoundException.class)
			.hasMessage("There is no message " + (id + 1000) + " in this outbox.");

		this.worker.run();
		OutboxMessage sent = single();
		this.clock.advance(Duration.ofMinutes(10));
		long copyId = this.outbox.resend(OutboxScope.allMail(), id, editor()).copyId();
		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getMessageID()).isEqualTo(first);
		assertThat(received[1].getMessageID()).isNotEqualTo(first);
		List<OutboxMessage> all = all();
		assertThat(all)
			.extracting(OutboxMessage::id, OutboxMessage::status, OutboxMessage::messageId, OutboxMessage::sentAt)
			.containsExactly(
					tuple(copyId, MailStatus.SENT, received[1].getMessageID(), START.plus(Duration.ofMinutes(10))),
					tuple(id, MailStatus.SENT, first, START));
		assertThat(all.get(1)).isEqualTo(sent);
	}

	@Test
	void organisersListTheirEventsMailByStatusPageByPageAndCannotSeeOrResendAnotherEventsMail() {
		long lpc = event("mailtesta");
		long other = event("mailtestb");
		for (int i = 0; i < 2; i++) {
			enqueue(eventMail(lpc, String.valueOf(i)));
		}
		this.worker.run();
		for (int i = 2; i < 5; i++) {
			enqueue(eventMail(lpc, String.valueOf(i)));
		}
		enqueue(eventMail(other, "9"));
		enqueue(mail("account", "7", "jane@example.org", "Verify your address", "Open the link"));

		OutboxPage first = this.outbox.list(OutboxScope.eventMail(lpc), null, 0, 2);
		assertThat(first.messages()).extracting(OutboxMessage::subjectId).containsExactly("4", "3");
		assertThat(first.totalMessages()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		OutboxPage last = this.outbox.list(OutboxScope.eventMail(lpc), null, 2, 2);
		assertThat(last.messages()).extracting(OutboxMessage::subjectId).containsExactly("0");
		assertThat(last.hasNext()).isFalse();
		assertThat(this.outbox.list(OutboxScope.eventMail(lpc), MailStatus.SENT, 0, 10).messages())
			.extracting(OutboxMessage::subjectId)
			.containsExactly("1", "0");
		assertThat(this.outbox.countByStatus(OutboxScope.eventMail(lpc))).containsExactly(
				Map.entry(MailStatus.PENDING, 3L), Map.entry(MailStatus.SENDING, 0L), Map.entry(MailStatus.SENT, 2L),
				Map.entry(MailStatus.FAILED, 0L), Map.entry(MailStatus.WITHHELD, 0L));
		assertThat(this.outbox.list(OutboxScope.siteMail(), null, 0, 10).messages()).extracting(OutboxMessage::subject)
			.containsExactly("Verify your address");
		assertThat(this.outbox.list(OutboxScope.allMail(), null, 0, 10).totalMessages()).isEqualTo(7);

		long sentOfLpc = this.outbox.list(OutboxScope.eventMail(lpc), MailStatus.SENT, 0, 1).messages().getFirst().id();
		assertThat(this.outbox.find(OutboxScope.eventMail(lpc), sentOfLpc)).isPresent();
		assertThat(this.outbox.find(OutboxScope.eventMail(other), sentOfLpc)).isEmpty();
		assertThatThrownBy(() -> this.outbox.resend(OutboxScope.eventMail(other), sentOfLpc, editor()))
			.isInstanceOf(MailNotFoundException.class);
		assertThat(this.outbox.list(OutboxScope.allMail(), null, 0, 10).totalMessages()).as("nothing resent")
			.isEqualTo(7);
	}

	@Test
	void listingArgumentsOutOfRangeAreRefused() {
		assertThatThrownBy(() -> this.outbox.list(OutboxScope.allMail(), null, -1, 10))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("page must not be negative, not -1");
		assertThatThrownBy(() -> this.outbox.list(OutboxScope.allMail(), null, 0, 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("pageSize must be between 1 and 1000, not 0");
		assertThatThrownBy(() -> this.outbox.list(null, null, 0, 10)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("scope must not be null");
	}

	@Test
	void healthIsUpWithTheOutboxFiguresWhileTheWorkerRunsAndDegradedAfterThreeUnreachableAttemptsInARow() {
		enqueue(mail("topic", "1", "jane@example.org", "Accepted", "Yes"));
		this.worker.run(); // a delivery that reaches the server, whatever an earlier test
							// left
		Health up = health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("delivery", "running")
			.doesNotContainKeys("connectionFailuresInARow", "pending");
		Health queue = queueHealth();
		assertThat(queue.getStatus()).isEqualTo(Status.UP);
		assertThat(queue.getDetails()).containsEntry("pending", 0L)
			.containsEntry("failed", 0L)
			.containsEntry("lastSentAt", START.toString())
			.doesNotContainKey("oldestPendingAge");

		enqueue(mail("topic", "2", "jane@example.org", "Accepted", "Yes"));
		greenMail.stop();
		for (int i = 1; i <= 2; i++) {
			this.worker.run();
			this.clock.advance(MailDeliveryWorker.OUTAGE_PAUSE);
			assertThat(health().getStatus()).as("after %d unreachable attempt(s)", i).isEqualTo(Status.UP);
			assertThat(health().getDetails()).containsEntry("connectionFailuresInARow", i);
		}
		this.worker.run();
		Health down = health();
		assertThat(down.getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(down.getDetails()).containsEntry("connectionFailuresInARow", 3).containsKey("lastConnectionFailure");
		assertThat((String) down.getDetails().get("lastConnectionFailure")).contains("Mail server connection failed");
		assertThat(queueHealth().getDetails()).containsEntry("pending", 1L).containsEntry("oldestPendingAge", "PT2M");

		greenMail.start();
		this.clock.advance(MailDeliveryWorker.OUTAGE_PAUSE);
		this.worker.run();
		Health back = health();
		assertThat(back.getStatus()).isEqualTo(Status.UP);
		assertThat(back.getDetails()).doesNotContainKey("connectionFailuresInARow");
		assertThat(queueHealth().getDetails()).containsEntry("pending", 0L)
			.containsEntry("lastSentAt", START.plus(MailDeliveryWorker.OUTAGE_PAUSE.multipliedBy(3)).toString());
	}

	@Test
	void healthIsDownWhenTheWorkerShowedNoSignOfLifeForAPollIntervalAndALeaseAndUpOnceItRunsAgain() {
		this.worker.run();
		Duration stuckAfter = this.properties.pollInterval().plus(this.properties.lease());

		this.clock.advance(stuckAfter);
		assertThat(health().getStatus()).as("a poll interval and a lease").isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(1));
		Health stuck = health();
		assertThat(stuck.getStatus()).isEqualTo(Status.DOWN);
		assertThat(stuck.getDetails()).containsEntry("lastRunAt", START.toString());
		assertThat((String) stuck.getDetails().get("delivery")).isEqualTo(
				"the delivery worker has not run since " + START + ": it is stuck, and this instance sends no mail");

		this.worker.run();
		assertThat(health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aResentCopyIsNotADraftThatALaterEnqueueReplaces() {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		this.worker.run();
		this.outbox.resend(OutboxScope.allMail(), single().id(), editor());

		enqueue(mail("topic", "42", "jane@example.org", "Rejected after all", "No"));

		assertThat(all()).extracting(OutboxMessage::status, OutboxMessage::subject)
			.containsExactly(tuple(MailStatus.PENDING, "Rejected after all"), tuple(MailStatus.PENDING, "Accepted"),
					tuple(MailStatus.SENT, "Accepted"));
	}

	@Test
	void twoWorkersRunningAtOnceSendEachMessageExactlyOnce() throws Exception {
		int messages = 50;
		for (int i = 0; i < messages; i++) {
			enqueue(mail("topic", Integer.toString(i), "speaker" + i + "@example.org", "Topic " + i, "Body " + i));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					this.worker.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(messages);
		assertThat(Arrays.stream(received).map(MailOutboxTest::messageId).distinct()).hasSize(messages);
		assertThat(this.outbox.countByStatus(OutboxScope.allMail())).containsEntry(MailStatus.SENT, (long) messages);
	}

	@Test
	void aMessageBeingClaimedByOneWorkerIsSkippedNotWaitedForByAnother() throws Exception {
		enqueue(mail("topic", "1", "jane@example.org", "First", "1"));
		enqueue(mail("topic", "2", "jane@example.org", "Second", "2"));
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<List<String>> first = thread.submit(() -> this.transactions.execute(status -> {
				List<String> subjects = subjects(claimDue(1));
				claimed.countDown();
				await(release);
				return subjects;
			}));
			assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

			List<String> second = this.transactions.execute(status -> subjects(claimDue(10)));
			release.countDown();

			// which row each gets is up to the database (no ORDER BY, see claimDue)
			List<String> firstSubjects = first.get(30, TimeUnit.SECONDS);
			assertThat(firstSubjects).hasSize(1);
			assertThat(second).hasSize(1).doesNotContainAnyElementsOf(firstSubjects);
			assertThat(List.of(firstSubjects.getFirst(), second.getFirst())).containsExactlyInAnyOrder("First",
					"Second");
		}
		finally {
			release.countDown();
			thread.shutdownNow();
		}
		assertThat(all()).extracting(OutboxMessage::status).containsOnly(MailStatus.SENDING).hasSize(2);
	}

	@Test
	void enqueueWhileAWorkerIsSendingTheDraftReturnsAtOnceAndQueuesANewMessage() throws Exception {
		String first = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Accepted"));
		List<QueuedMail> claimed = this.worker.claim();
		assertThat(claimed).extracting(QueuedMail::messageId).containsExactly(first);
		assertThat(single().status()).isEqualTo(MailStatus.SENDING);

		// the worker holds no lock while it sends: this would wait (or time out)
		// otherwise
		String second = enqueue(mail("topic", "42", "jane@example.org", "Rejected after all", "Rejected"));
		assertThat(second).isNotEqualTo(first);

		claimed.forEach(this.worker::deliver);
		this.worker.run();

		assertThat(all()).extracting(OutboxMessage::status, OutboxMessage::subject)
			.containsExactly(tuple(MailStatus.SENT, "Rejected after all"), tuple(MailStatus.SENT, "Accepted"));
		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId)
			.containsExactly(first, second);
	}

	@Test
	void aMessageWhoseLeaseExpiredIsClaimedAgainAndSentOnce() throws Exception {
		String messageId = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		// a worker claims it and dies before sending
		assertThat(this.worker.claim()).hasSize(1);

		this.clock.advance(this.properties.lease().minusSeconds(1));
		this.worker.run();
		assertThat(greenMail.getReceivedMessages()).as("still leased").isEmpty();
		assertThat(single().status()).isEqualTo(MailStatus.SENDING);

		this.clock.advance(Duration.ofSeconds(1));
		this.worker.run();
		this.worker.run();

		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId).containsExactly(messageId);
		OutboxMessage sent = single();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isEqualTo(START.plus(this.properties.lease()));
	}

	/**
	 * A worker that stalled past its lease, while another claimed the message again, must
	 * not put the other's claim back to pending when it finally finds the SMTP server
	 * down: a third claim would then send it beside the second.
	 */
	@Test
	void aWorkerWhoseLeaseRanOutLeavesTheClaimOfTheWorkerThatTookTheMessageOverAlone() throws Exception {
		String messageId = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		QueuedMail stalled = this.worker.claim().getFirst();
		this.clock.advance(this.properties.lease());
		QueuedMail takenOver = this.worker.claim().getFirst();
		greenMail.stop();

		assertThat(this.worker.deliver(stalled)).as("not tried, so no outage found").isTrue();

		assertThat(single().status()).as("still the second worker's").isEqualTo(MailStatus.SENDING);
		greenMail.start();
		this.worker.deliver(takenOver);
		this.clock.advance(MailDeliveryWorker.OUTAGE_PAUSE.plus(this.properties.lease()));
		this.worker.run();

		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId).containsExactly(messageId);
		assertThat(single().status()).isEqualTo(MailStatus.SENT);
	}

	/**
	 * A worker that stalled past its lease while another claimed the message again sends
	 * nothing when it resumes, though the SMTP server is there to take the message: the
	 * two would both send it, and nobody died.
	 */
	@Test
	void aWorkerWhoseLeaseRanOutSendsNothingWhileTheWorkerThatTookTheMessageOverSendsItOnce() throws Exception {
		String messageId = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		QueuedMail stalled = this.worker.claim().getFirst();
		this.clock.advance(this.properties.lease());
		QueuedMail takenOver = this.worker.claim().getFirst();

		this.worker.deliver(stalled);

		assertThat(greenMail.getReceivedMessages()).as("the stalled worker's claim ran out").isEmpty();
		assertThat(single().status()).isEqualTo(MailStatus.SENDING);
		this.worker.deliver(takenOver);
		this.clock.advance(this.properties.lease());
		this.worker.run();
		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId).containsExactly(messageId);
		assertThat(single().status()).isEqualTo(MailStatus.SENT);
	}

	/**
	 * A claim whose lease would end during the SMTP conversation is not sent on it:
	 * another worker could claim the message again while the server still talks. It goes
	 * out once, on the next claim after the lease.
	 */
	@Test
	void aMessageWhoseLeaseEndsWithinTheSmtpTimeOutsWaitsForTheNextClaim() throws Exception {
		String messageId = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		QueuedMail claimed = this.worker.claim().getFirst();
		this.clock.advance(this.properties.lease().minusSeconds(1));

		this.worker.deliver(claimed);

		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(single().status()).as("left, not marked").isEqualTo(MailStatus.SENDING);
		assertThat(single().attempts()).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		this.worker.run();
		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId).containsExactly(messageId);
		assertThat(single().status()).isEqualTo(MailStatus.SENT);
	}

	/**
	 * The database holds the message's row longer than its lock time-out (H2's is 10 s in
	 * tests; PostgreSQL waits) just after the server accepted it: the mark is tried again
	 * until it is granted, so the message is not sent a second time when its lease ends.
	 */
	@Test
	void aMessageTheServerAcceptedWhileTheDatabaseWasBusyIsMarkedSentOnceItIsFreeAndNeverSentAgain() throws Exception {
		String messageId = enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		List<QueuedMail> claimed = this.worker.claim();
		CountDownLatch locked = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = thread.submit(() -> this.transactions.executeWithoutResult(status -> {
				this.jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ? FOR UPDATE")
					.param(messageId)
					.query(Long.class)
					.single();
				locked.countDown();
				pause(ROW_HELD);
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

			claimed.forEach(this.worker::deliver);
			holder.get(60, TimeUnit.SECONDS);
		}
		finally {
			thread.shutdownNow();
		}
		assertThat(single().status()).isEqualTo(MailStatus.SENT);

		this.clock.advance(this.properties.lease());
		this.worker.run();

		assertThat(greenMail.getReceivedMessages()).extracting(MailOutboxTest::messageId).containsExactly(messageId);
	}

	@Test
	void recipientsDifferingOnlyInCaseShareOneDraft() {
		String first = enqueue(mail("topic", "42", "Jane Doe <Jane@Example.org>", "Accepted", "A"));
		String second = enqueue(mail("topic", "42", "jane@example.org", "Rejected", "B"));

		assertThat(second).isEqualTo(first);
		OutboxMessage draft = single();
		assertThat(draft.recipient()).isEqualTo("jane@example.org");
		assertThat(draft.subject()).isEqualTo("Rejected");
	}

	@Test
	void twoConcurrentFirstEnqueuesOfOneDraftLeaveOnePendingMessage() throws Exception {
		for (int round = 0; round < 10; round++) {
			this.jdbc.sql("DELETE FROM mail_outbox").update();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<String>> enqueues = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					String subject = "Decision " + i;
					enqueues.add(threads.submit(() -> {
						start.await();
						return enqueue(mail("topic", "42", "jane@example.org", subject, subject));
					}));
				}
				start.countDown();
				String first = enqueues.get(0).get(30, TimeUnit.SECONDS);
				String second = enqueues.get(1).get(30, TimeUnit.SECONDS);

				assertThat(second).isEqualTo(first);
				assertThat(single().status()).isEqualTo(MailStatus.PENDING);
				assertThat(single().messageId()).isEqualTo(first);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

	@Test
	void badInputIsRefusedWithAMessageNamingTheField() {
		assertThatThrownBy(() -> enqueue(mail("topic", "42", "not an address", "S", "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("recipient is not a valid mail address");
		assertThatThrownBy(() -> enqueue(mail("topic", "42", " ", "S", "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("recipient must not be blank");
		assertThatThrownBy(() -> enqueue(mail("topic", "42", "a@example.org, b@example.org", "S", "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("recipient");
		assertThatThrownBy(() -> enqueue(mail("topic", "42", "jane@example.org", "x".repeat(301), "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("subject must be at most 300 characters, not 301");
		assertThatThrownBy(() -> enqueue(mail("topic", "42", "jane@example.org", "Two\r\nBcc: x@example.org", "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("subject must be one line");
		assertThatThrownBy(() -> enqueue(new OutgoingMail(null, "", "topic", "42", "jane@example.org", "S", "B", null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("purpose must not be blank");
		assertThatThrownBy(() -> enqueue(mail("topic", "9".repeat(65), "jane@example.org", "S", "B")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("subjectId must be at most 64 characters, not 65");
		assertThatThrownBy(() -> enqueue(mail("topic", "42", "jane@example.org", "S", "")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("textBody must not be blank");
		assertThat(count()).isZero();
	}

	@Test
	void aSecondResendWhileTheCopyWaitsAnswersWithThatCopyUntilItIsSentOrAMinuteHasPassed() {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		long id = single().id();
		markSent(id);

		ResentMail first = this.outbox.resend(OutboxScope.allMail(), id, editor());
		this.clock.advance(Duration.ofSeconds(30));
		ResentMail second = this.outbox.resend(OutboxScope.allMail(), id, editor());

		assertThat(first.alreadyQueued()).isFalse();
		assertThat(second).isEqualTo(new ResentMail(first.copyId(), true, START));
		assertThat(copiesOf(id)).isEqualTo(1);
		assertThat(resentEntries(id)).as("the answered resend changed nothing").isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(31));
		ResentMail later = this.outbox.resend(OutboxScope.allMail(), id, editor());
		assertThat(later.alreadyQueued()).as("a minute later a resend is deliberate").isFalse();
		markSent(later.copyId());
		markSent(first.copyId());
		ResentMail afterSending = this.outbox.resend(OutboxScope.allMail(), id, editor());
		assertThat(afterSending.alreadyQueued()).as("no copy waits any more").isFalse();
		assertThat(copiesOf(id)).isEqualTo(3);
	}

	@Test
	void twoResendsAtOnceMakeOneCopy() throws Exception {
		enqueue(mail("topic", "42", "jane@example.org", "Accepted", "Yes"));
		long id = single().id();
		markSent(id);
		long editor = editor();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<ResentMail>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(threads.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return this.outbox.resend(OutboxScope.allMail(), id, editor);
				}));
			}
			ResentMail one = answers.get(0).get(30, TimeUnit.SECONDS);
			ResentMail other = answers.get(1).get(30, TimeUnit.SECONDS);

			assertThat(one.copyId()).isEqualTo(other.copyId());
			assertThat(List.of(one.alreadyQueued(), other.alreadyQueued())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(copiesOf(id)).isEqualTo(1);
		assertThat(resentEntries(id)).isEqualTo(1);
	}

	@Test
	void aOneTimeLinkIsSentButWithheldFromTheOutboxAndNotPassedOnWhileSmtpIsConfigured() throws Exception {
		String link = "https://example.org/account/reset/new?token=r3s3t-only-for-jane";
		RenderedMail text = this.templates.render("password-reset", null,
				Map.of("name", "Jane", "link", link, "valid_for", "60 minutes"));
		enqueue(new OutgoingMail(null, "password-reset", "account", "7", "jane@example.org", text));

		this.worker.run();

		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat((String) received[0].getContent()).contains(link);
		OutboxMessage sent = single();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.textBody()).doesNotContain("r3s3t").contains(MailPurpose.WITHHELD);
		assertThat(this.outbox.textToPassOn(OutboxScope.allMail(), sent.id()))
			.as("with SMTP the mail leaves by itself: no page needs the link")
			.isEmpty();
	}

	@Test
	void mailOfAPurposeWithSecretsIsRefusedWithoutATextToShow() {
		assertThatThrownBy(() -> enqueue(new OutgoingMail(null, "password-reset", "account", "7", "jane@example.org",
				"Set a new password", "https://example.org/reset?token=abc", null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("mail password-reset has secret placeholders");
		assertThat(count()).isZero();
	}

	@Test
	void mailOfADeletedEventStaysInTheOutboxWithoutItsEvent() {
		long eventId = this.jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone)
				VALUES ('mailtest', 'Mail test', DATE '2026-11-13', DATE '2026-11-15', 'UTC')""").update() == 1
				? this.jdbc.sql("SELECT id FROM event WHERE slug = 'mailtest'").query(Long.class).single() : -1;
		enqueue(new OutgoingMail(eventId, "topic-decision", "topic", "42", "jane@example.org", "S", "B", null));
		assertThat(single().eventId()).isEqualTo(eventId);

		this.jdbc.sql("DELETE FROM event WHERE id = ?").param(eventId).update();

		assertThat(single().eventId()).isNull();
	}

	private List<OutboxMessage> all() {
		return this.outbox.list(OutboxScope.allMail(), null, 0, 100).messages();
	}

	private Health health() {
		return ((HealthIndicator) this.healthContributors.getContributor("mailOutbox")).health();
	}

	private Health queueHealth() {
		return ((HealthIndicator) this.healthContributors.getContributor("mailQueue")).health();
	}

	private long event(String slug) {
		this.jdbc.sql("""
				INSERT INTO event (slug, name, start_date, end_date, time_zone)
				VALUES (?, ?, DATE '2026-11-13', DATE '2026-11-15', 'UTC')""").params(slug, slug).update();
		return this.jdbc.sql("SELECT id FROM event WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private static OutgoingMail eventMail(long eventId, String topicId) {
		return new OutgoingMail(eventId, "topic-decision", "topic", topicId, "jane@example.org", "Topic " + topicId,
				"Body", null);
	}

	private List<QueuedMail> claimDue(int limit) {
		Instant now = this.clock.instant();
		return this.repository.claimDue(now, limit, now.plus(this.properties.lease()));
	}

	private String enqueue(OutgoingMail mail) {
		return this.transactions.execute(status -> this.outbox.enqueue(mail));
	}

	private static OutgoingMail mail(String subjectType, String subjectId, String recipient, String subject,
			String body) {
		return new OutgoingMail(null, "topic-decision", subjectType, subjectId, recipient, subject, body, null);
	}

	private OutboxMessage single() {
		List<OutboxMessage> all = all();
		assertThat(all).hasSize(1);
		return all.getFirst();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
	}

	private static List<String> subjects(List<QueuedMail> messages) {
		return messages.stream().map(QueuedMail::subject).toList();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

	/** The account that resends in these tests. */
	private long editor() {
		return MailOutboxTest.editor(this.jdbc);
	}

	/**
	 * The account that acts in the mail tests (resends, edits texts), created on first
	 * use: the audit log names an existing account.
	 */
	static long editor(JdbcClient jdbc) {
		jdbc.sql("""
				INSERT INTO account (email, email_key, password_hash, display_name, created_at)
				SELECT 'mail-editor@example.org', 'mail-editor@example.org', 'not-a-hash', 'Mail Editor',
				    TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00'
				WHERE NOT EXISTS (SELECT 1 FROM account WHERE email_key = 'mail-editor@example.org')""").update();
		return jdbc.sql("SELECT id FROM account WHERE email_key = 'mail-editor@example.org'")
			.query(Long.class)
			.single();
	}

	/** Marks a message as the worker does once the SMTP server took it. */
	private void markSent(long id) {
		this.jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = 1, sent_at = next_attempt_at, draft_key = NULL
				WHERE id = ?""").param(id).update();
	}

	private long copiesOf(long id) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE resent_from = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long resentEntries(long id) {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'mail' AND object_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single();
	}

}
