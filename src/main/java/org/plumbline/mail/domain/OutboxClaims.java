package org.plumbline.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.plumbline.mail.MailStatus;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker's claims on outbox rows and their outcomes, each in a short
 * transaction of its own, so that no row lock is held while SMTP talks: claiming due
 * messages under a lease, and marking each sent, failed, pending again with its next
 * attempt, or put back untried. A mark applies only while the row still carries this
 * claim's lease. A message pending again regains its draft key unless a newer draft took
 * it meanwhile.
 */
class OutboxClaims {

	/** The longest pause between two tries to mark an accepted message sent. */
	static final Duration LONGEST_MARK_PAUSE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

	private final MailOutboxRepository outbox;

	private final TransactionTemplate transactions;

	/** A savepoint inside {@link #transactions}, for the update that may collide. */
	private final TransactionTemplate savepoint;

	private final Duration lease;

	/** The instance whose worker this is, written on each message it marks sent. */
	private final String instance;

	OutboxClaims(MailOutboxRepository outbox, TransactionTemplate transactions, Duration lease, String instance) {
		this.outbox = outbox;
		this.transactions = transactions;
		this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.lease = lease;
		this.instance = instance;
	}

	/**
	 * Claims up to {@code limit} due messages (and messages whose lease has expired):
	 * they are {@code SENDING} when it returns.
	 */
	List<QueuedMail> claimDue(Instant now, int limit) {
		return transactions.execute(status -> outbox.claimDue(now, limit, now.plus(lease)));
	}

	/**
	 * Marks a message that the SMTP server accepted as sent. Left {@code SENDING}, it
	 * would be sent again once its lease ends; so when the database is busy or away (no
	 * free connection, a lock not granted in time, the connection lost), the mark is
	 * tried again, 1 s, 2 s, 4 s... up to {@link #LONGEST_MARK_PAUSE} apart, until the
	 * lease ends: after it the row is no longer this claim's (another worker may claim it
	 * again). Only a process that dies meanwhile, or a database away for that long, lets
	 * the message go out a second time, under the same Message-ID. The time left is read
	 * on the worker's clock at the send and counted down on the JVM's timer.
	 */
	void markSent(QueuedMail message, Instant sentAt) {
		long giveUpAt = System.nanoTime() + Duration.between(sentAt, message.leaseUntil()).toNanos();
		Duration pause = Duration.ofSeconds(1);
		while (true) {
			try {
				if (!Boolean.TRUE.equals(transactions.execute(status -> outbox.markSent(message, sentAt, instance)))) {
					logLostClaim(message);
				}
				return;
			}
			catch (TransientDataAccessException | CannotCreateTransactionException | TransactionSystemException
					| DataAccessResourceFailureException ex) {
				if (System.nanoTime() + pause.toNanos() > giveUpAt) {
					log.error("Mail {} was sent but could not be marked so ({}); it goes out again, under the same "
							+ "Message-ID, once its lease ends", message.messageId(), ex.toString());
					throw ex;
				}
				log.warn("Mail {} was sent; marking it so failed ({}), trying again in {} s", message.messageId(),
						ex.toString(), pause.toSeconds());
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
				pause = pause.multipliedBy(2).compareTo(LONGEST_MARK_PAUSE) > 0 ? LONGEST_MARK_PAUSE
						: pause.multipliedBy(2);
			}
		}
	}

	/**
	 * Records an attempt that the SMTP server refused (or a message that could not be
	 * built): failed for good once given up, else pending again until its next attempt.
	 */
	void markAttemptFailed(QueuedMail message, int attempts, boolean givenUp, Instant nextAttemptAt, String error) {
		transactions.executeWithoutResult(status -> {
			boolean stillClaimed = outbox.markAttemptFailed(message, attempts,
					givenUp ? MailStatus.FAILED : MailStatus.PENDING, nextAttemptAt, error);
			if (!stillClaimed) {
				logLostClaim(message);
			}
			else if (!givenUp) {
				regainDraftKey(message.id());
			}
		});
	}

	/** Puts claimed messages back to pending untried, each regaining its draft key. */
	void putBack(List<QueuedMail> messages, String error, Instant retryAt) {
		transactions.executeWithoutResult(status -> releaseUntried(messages, error, retryAt));
	}

	/**
	 * Puts a message that found the SMTP server unreachable back untried, and makes every
	 * due message wait until {@code retryAt} (in the database, so that every instance
	 * waits).
	 */
	void putBackAndDeferDue(QueuedMail message, String error, Instant retryAt) {
		transactions.executeWithoutResult(status -> {
			releaseUntried(List.of(message), error, retryAt);
			outbox.deferDue(retryAt, error);
		});
	}

	private void releaseUntried(List<QueuedMail> messages, String error, Instant retryAt) {
		outbox.releaseUntried(messages, retryAt, error).stream().map(QueuedMail::id).forEach(this::regainDraftKey);
	}

	/**
	 * The row no longer carries this worker's lease: another worker claimed it again
	 * after the lease ran out, or an earlier try of this very mark committed though its
	 * answer was lost. Either way the row is not this worker's to change.
	 */
	private static void logLostClaim(QueuedMail message) {
		log.warn("Mail {} no longer carries this worker's lease (claimed again after it ran out, or marked already); "
				+ "its mark is left as it is", message.messageId());
	}

	private void regainDraftKey(long id) {
		try {
			savepoint.executeWithoutResult(status -> outbox.regainDraftKey(id));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// a concurrent enqueue has just queued a draft under this key: both are sent
			log.debug("Mail {} stays without its draft key: {}", id, ex.toString());
		}
	}

}
