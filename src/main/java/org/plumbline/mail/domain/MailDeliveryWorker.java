package org.plumbline.mail.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.plumbline.jdbc.InstanceName;
import org.plumbline.mail.MailProperties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due messages of the outbox over SMTP, with retries and exponential back-off.
 * It exists only when {@code plumbline.mail.enabled} is true and an SMTP server is
 * configured ({@code MailDeliveryConfiguration}); otherwise mail waits in the outbox.
 * <p>
 * <b>Once, with several instances, and no lock held over SMTP.</b> A run claims a batch
 * in a short transaction: {@code FOR UPDATE SKIP LOCKED} picks due rows that no other
 * instance is claiming, and they become {@code SENDING} with a lease
 * ({@code plumbline.mail.lease}). Each message is then sent outside any transaction, and
 * marked (sent, or pending again with back-off, or failed) in its own short transaction.
 * No row lock is held while SMTP talks, so an enqueue never waits for the worker: it
 * replaces only pending drafts. If an instance dies after claiming, its messages are
 * claimed again once their lease has expired; if it dies after the server accepted a
 * message but before marking it, the message is sent again: delivery is at least once,
 * never lost, and the stored Message-ID lets mail clients recognise the duplicate. The
 * lease must outlast the SMTP conversations of a batch (hence the small batch and the
 * SMTP time-outs, see the README). A message whose lease has run out, or would run out
 * before the SMTP time-outs could end its conversation (a worker that stalled, a batch
 * that took long), is not sent: another worker may have claimed it again, and the two
 * would both send it though nobody died. It is left for the next claim once the lease
 * ends.
 * <p>
 * <b>An outage is not the message's fault.</b> When the SMTP server cannot be reached (or
 * refuses the configured login), no attempt is counted: the message and the rest of its
 * batch go back to pending, and every due message waits {@link #OUTAGE_PAUSE} (in the
 * database, so that every instance waits), so an outage of hours delays mail, costs one
 * connection attempt a minute, and fails nothing. Only a message the server itself
 * refuses (an unknown recipient), or one that cannot be built, counts an attempt towards
 * {@code plumbline.mail.max-attempts}. See {@link #serverUnreachable} for how the two are
 * told apart.
 * <p>
 * <b>Drafts stay replaceable.</b> A claimed message loses its draft key (an enqueue must
 * not change a message being sent); one put back to pending regains it unless a newer
 * draft took it meanwhile, so that a later enqueue replaces it instead of queueing a
 * second message.
 * <p>
 * This class runs the delivery and tells the outcomes apart; the claims and their marks
 * in the outbox are {@link OutboxClaims}', the message as it is sent
 * {@link MimeMessages}'.
 */
public class MailDeliveryWorker {

	/** Messages claimed per transaction. */
	static final int BATCH_SIZE = 20;

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(6);

	/** How long the worker waits after it could not reach the SMTP server. */
	public static final Duration OUTAGE_PAUSE = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(MailDeliveryWorker.class);

	private final OutboxClaims claims;

	private final MimeMessages mimeMessages;

	private final JavaMailSender sender;

	private final Clock clock;

	private final int maxAttempts;

	/**
	 * How long an SMTP conversation may take at most: a claim must hold at least this
	 * long when its message goes to the server.
	 */
	private final Duration smtpTimeouts;

	private final AtomicInteger connectionFailuresInARow = new AtomicInteger();

	private final AtomicInteger refusalsInARow = new AtomicInteger();

	private volatile Instant lastSignOfLife;

	private volatile String lastConnectionFailure;

	public MailDeliveryWorker(MailOutboxRepository outbox, JavaMailSender sender, TransactionTemplate transactions,
			Clock clock, MailProperties properties, Duration smtpTimeouts, InstanceName instance) {
		this.claims = new OutboxClaims(outbox, transactions, properties.lease(), instance.value());
		this.mimeMessages = new MimeMessages(sender, properties.from(), clock);
		this.sender = sender;
		this.clock = clock;
		this.maxAttempts = properties.maxAttempts();
		this.smtpTimeouts = smtpTimeouts;
		this.lastSignOfLife = clock.instant();
	}

	/** The scheduled run: delivers batches until nothing is due or the server is away. */
	@Scheduled(fixedDelayString = "${plumbline.mail.poll-interval:PT5S}",
			initialDelayString = "${plumbline.mail.poll-interval:PT5S}")
	public void run() {
		lastSignOfLife = clock.instant();
		try {
			while (deliverBatch()) {
				// a full batch: there may be more due
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the next run tries again, and no message is lost
			log.warn("Mail delivery run failed: {}", ex.toString());
		}
	}

	/**
	 * Claims one batch of due messages, then tries each once and marks it; stops at the
	 * first that finds the SMTP server unreachable, and puts the rest back untried.
	 * @return whether a full batch went to the server, so that more may be due
	 */
	public boolean deliverBatch() {
		List<QueuedMail> claimed = claim();
		for (int i = 0; i < claimed.size(); i++) {
			if (!deliver(claimed.get(i))) {
				List<QueuedMail> untried = claimed.subList(i + 1, claimed.size());
				claims.putBack(untried, lastConnectionFailure, clock.instant().plus(OUTAGE_PAUSE));
				return false;
			}
		}
		return claimed.size() == BATCH_SIZE;
	}

	/**
	 * Claims up to a batch of due messages (and messages whose lease has expired) in a
	 * short transaction of its own: they are {@code SENDING} when it returns.
	 */
	public List<QueuedMail> claim() {
		List<QueuedMail> claimed = claims.claimDue(clock.instant(), BATCH_SIZE);
		lastSignOfLife = clock.instant();
		return claimed;
	}

	/**
	 * Sends a claimed message, outside any transaction, then marks it in a short
	 * transaction of its own; unless its lease ends within the SMTP time-outs, in which
	 * case it is neither sent nor marked, and the next claim after the lease takes it.
	 * @return false when the SMTP server could not be reached: the message is then
	 * pending again, its attempt not counted, and every due message waits
	 * {@link #OUTAGE_PAUSE}
	 */
	public boolean deliver(QueuedMail message) {
		Instant mustEndBy = clock.instant().plus(smtpTimeouts);
		if (!mustEndBy.isBefore(message.leaseUntil())) {
			lastSignOfLife = clock.instant();
			log.warn(
					"Mail {} is not sent now: its lease ends at {}, before an SMTP conversation started now must end "
							+ "({}); the next claim after the lease takes it",
					message.messageId(), message.leaseUntil(), mustEndBy);
			return true;
		}
		Exception failure = null;
		try {
			sender.send(mimeMessages.of(message));
		}
		catch (MessagingException | RuntimeException ex) {
			failure = ex;
		}
		Instant now = clock.instant();
		lastSignOfLife = now;
		if (failure == null) {
			connectionFailuresInARow.set(0);
			refusalsInARow.set(0);
			claims.markSent(message, now);
			return true;
		}
		String error = describe(failure);
		if (serverUnreachable(failure)) {
			lastConnectionFailure = error;
			int inARow = connectionFailuresInARow.incrementAndGet();
			Instant retryAt = now.plus(OUTAGE_PAUSE);
			claims.putBackAndDeferDue(message, error, retryAt);
			log.warn("SMTP server unreachable ({} time(s) in a row), mail waits until {}: {}", inARow, retryAt, error);
			return false;
		}
		connectionFailuresInARow.set(0);
		refusalsInARow.incrementAndGet();
		int attempts = message.attempts() + 1;
		boolean givenUp = attempts >= maxAttempts;
		claims.markAttemptFailed(message, attempts, givenUp, givenUp ? now : now.plus(backOff(attempts)), error);
		log.info("Mail {} to {} failed (attempt {} of {}): {}", message.messageId(), message.recipient(), attempts,
				maxAttempts, failure.toString());
		return true;
	}

	/**
	 * Whether a failure means that the SMTP server could not be reached, or would not let
	 * this application in, rather than that it refused this message. Spring's
	 * {@code JavaMailSenderImpl} reports a failure to connect (no answer, a bad greeting,
	 * a time-out) as one {@link MailSendException} whose cause is the connect exception
	 * and whose failed messages map every message to that same exception, and a rejected
	 * login as a {@link MailAuthenticationException}. A message the server refuses comes
	 * as a {@link MailSendException} without a cause, mapping the message to its own
	 * exception; a failure to close the connection after sending carries a cause that no
	 * message is mapped to. Neither of those is an outage.
	 */
	static boolean serverUnreachable(Exception failure) {
		if (failure instanceof MailAuthenticationException) {
			return true;
		}
		if (failure instanceof MailSendException send && send.getCause() != null) {
			Map<Object, Exception> failed = send.getFailedMessages();
			return !failed.isEmpty() && failed.values().stream().allMatch(each -> each == send.getCause());
		}
		return false;
	}

	/**
	 * How many delivery attempts in a row found the SMTP server unreachable; 0 once one
	 * reaches it.
	 */
	public int connectionFailuresInARow() {
		return connectionFailuresInARow.get();
	}

	/**
	 * How many messages in a row the SMTP server, once reached, refused (or that could
	 * not be built); 0 once one is accepted. Many in a row say that the fault is not the
	 * messages' (a relay or sender the server does not allow).
	 */
	public int refusalsInARow() {
		return refusalsInARow.get();
	}

	/**
	 * When this worker last showed it runs: its construction, the start of a run, a
	 * claim, or the end of a delivery attempt. Between two of them it waits at most one
	 * poll interval or one SMTP conversation, bounded by the SMTP time-outs.
	 */
	public Instant lastSignOfLife() {
		return lastSignOfLife;
	}

	/** The error of the latest attempt that found the SMTP server unreachable. */
	public Optional<String> lastConnectionFailure() {
		return Optional.ofNullable(lastConnectionFailure);
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

}
