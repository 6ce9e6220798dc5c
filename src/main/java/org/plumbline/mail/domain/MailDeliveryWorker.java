package org.plumbline.mail.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.plumbline.mail.MailStatus;
import org.plumbline.mail.OutboxMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due messages of the outbox over SMTP, with retries and exponential back-off.
 * It exists only when {@code plumbline.mail.enabled} is true and an SMTP server is
 * configured ({@code MailDeliveryConfiguration}); otherwise mail waits in the outbox.
 * <p>
 * <b>Once, with several instances, and no lock held over SMTP.</b> A run claims a batch
 * in a short transaction: {@code FOR UPDATE SKIP LOCKED} picks due rows that no other
 * instance is claiming, and they become {@code SENDING} with a lease of {@link #LEASE}.
 * Each message is then sent outside any transaction, and marked (sent, or pending again
 * with back-off, or failed) in its own short transaction. No row lock is held while SMTP
 * talks, so an enqueue never waits for the worker: it replaces only pending drafts. If an
 * instance dies after claiming, its messages are claimed again once their lease has
 * expired; if it dies after the server accepted a message but before marking it, the
 * message is sent again: delivery is at least once, never lost, and the stored Message-ID
 * lets mail clients recognise the duplicate. The lease must outlast the SMTP
 * conversations of a batch (hence the small batch and the SMTP time-outs, see the
 * README).
 */
public class MailDeliveryWorker {

	/** Messages claimed per transaction. */
	static final int BATCH_SIZE = 20;

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(6);

	/**
	 * How long a claimed message belongs to the worker that claimed it: longer than the
	 * SMTP time-outs of a whole batch.
	 */
	public static final Duration LEASE = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryWorker.class);

	private final MailOutboxRepository outbox;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private final int maxAttempts;

	public MailDeliveryWorker(MailOutboxRepository outbox, JavaMailSender sender, TransactionTemplate transactions,
			Clock clock, String from, int maxAttempts) {
		this.outbox = outbox;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.maxAttempts = maxAttempts;
	}

	/** The scheduled run: delivers batches until nothing is due. */
	@Scheduled(fixedDelayString = "${plumbline.mail.poll-interval:PT5S}",
			initialDelayString = "${plumbline.mail.poll-interval:PT5S}")
	public void run() {
		try {
			while (deliverBatch() == BATCH_SIZE) {
				// a full batch: there may be more due
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the next run tries again, and no message is lost
			log.warn("Mail delivery run failed: {}", ex.toString());
		}
	}

	/**
	 * Claims one batch of due messages, then tries each once and marks it.
	 * @return how many messages were claimed
	 */
	public int deliverBatch() {
		List<OutboxMessage> claimed = claim();
		claimed.forEach(this::deliver);
		return claimed.size();
	}

	/**
	 * Claims up to a batch of due messages (and messages whose lease has expired) in a
	 * short transaction of its own: they are {@code SENDING} when it returns.
	 */
	public List<OutboxMessage> claim() {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			return outbox.claimDue(now, BATCH_SIZE, now.plus(LEASE));
		});
	}

	/**
	 * Sends a claimed message, outside any transaction, then marks it in a short
	 * transaction of its own.
	 */
	public void deliver(OutboxMessage message) {
		Exception failure = null;
		try {
			sender.send(mimeMessage(message));
		}
		catch (MessagingException | RuntimeException ex) {
			failure = ex;
		}
		if (failure == null) {
			Instant now = clock.instant();
			transactions.executeWithoutResult(status -> outbox.markSent(message.id(), now));
			return;
		}
		int attempts = message.attempts() + 1;
		Instant now = clock.instant();
		boolean givenUp = attempts >= maxAttempts;
		String error = describe(failure);
		transactions.executeWithoutResult(status -> outbox.markAttemptFailed(message.id(), attempts,
				givenUp ? MailStatus.FAILED : MailStatus.PENDING, givenUp ? now : now.plus(backOff(attempts)), error));
		log.info("Mail {} to {} failed (attempt {} of {}): {}", message.messageId(), message.recipient(), attempts,
				maxAttempts, failure.toString());
	}

	/**
	 * The pause after the given number of failed attempts: 1 min, 2 min, 4 min ... 6 h.
	 */
	static Duration backOff(int attempts) {
		int doublings = Math.max(0, attempts - 1);
		if (doublings >= 30) {
			return LONGEST_RETRY;
		}
		Duration pause = FIRST_RETRY.multipliedBy(1L << doublings);
		return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
	}

	private MimeMessage mimeMessage(OutboxMessage message) throws MessagingException {
		Session session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
		MimeMessage mime = new StoredIdMimeMessage(session, message.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, message.htmlBody() != null, "UTF-8");
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (message.htmlBody() != null) {
			helper.setText(message.textBody(), message.htmlBody());
		}
		else {
			helper.setText(message.textBody());
		}
		helper.setSentDate(java.util.Date.from(clock.instant()));
		return mime;
	}

	/** The exception and its causes' messages, without a stack trace. */
	static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null
				&& text.length() < MailOutboxRepository.MAX_ERROR_LENGTH; cause = (cause.getCause() == cause) ? null
						: cause.getCause()) {
			if (!text.isEmpty()) {
				text.append("; caused by ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
		}
		return MailOutboxRepository.truncate(text.toString());
	}

	/**
	 * A message that keeps the Message-ID stored in the outbox instead of generating one
	 * on every attempt.
	 */
	static final class StoredIdMimeMessage extends MimeMessage {

		private final String messageId;

		StoredIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
