package org.plumbline.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.plumbline.mail.domain.MailOutboxRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail feature's facade: queues messages in the outbox table, from which
 * {@code MailDeliveryWorker} sends them, and reads the outbox for the organisers.
 */
@Service
public class MailOutbox {

	static final int MAX_PURPOSE_LENGTH = 64;

	static final int MAX_SUBJECT_REFERENCE_LENGTH = 64;

	static final int MAX_RECIPIENT_LENGTH = 320;

	static final int MAX_SUBJECT_LENGTH = 300;

	static final int MAX_LIST_LIMIT = 1000;

	private final MailOutboxRepository outbox;

	private final Clock clock;

	private final String messageIdDomain;

	/** A savepoint in the caller's transaction, for the insert that may collide. */
	private final TransactionTemplate savepoint;

	MailOutbox(MailOutboxRepository outbox, Clock clock, MailProperties properties,
			PlatformTransactionManager transactionManager) {
		this.outbox = outbox;
		this.clock = clock;
		this.messageIdDomain = messageIdDomain(properties.from());
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Queues a message in the caller's transaction and returns its Message-ID. A pending
	 * message for the same subject, purpose and recipient (its address compared without
	 * regard to case) is replaced, not joined by a second one (DOMAIN.md, L4: a changed
	 * decision replaces the unsent draft), and keeps its Message-ID, which no one has
	 * seen yet. A message that a worker is sending, or has sent, is left alone: a new
	 * message is queued, without waiting for the worker.
	 * <p>
	 * Drafts are found by their unique draft key. When two enqueues of a new draft race,
	 * the second insert hits the unique constraint; it runs in a savepoint (PostgreSQL
	 * aborts a transaction whose statement failed), is rolled back to it, and the draft
	 * that the first one inserted is replaced instead.
	 * <p>
	 * {@link Propagation#MANDATORY}: mail announces a change, so it must commit or roll
	 * back with it; a caller without a transaction is a programming error, told at once,
	 * rather than mail that is queued even though the change it announces fails.
	 * @throws IllegalArgumentException if a field is missing, too long, or the recipient
	 * is not one valid address
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String enqueue(OutgoingMail mail) {
		OutgoingMail valid = validated(mail);
		String draftKey = draftKey(valid);
		var now = clock.instant();
		Optional<String> replaced = outbox.replaceDraft(draftKey, valid, now);
		if (replaced.isPresent()) {
			return replaced.get();
		}
		String messageId = newMessageId();
		try {
			savepoint.executeWithoutResult(status -> outbox.insert(messageId, valid, draftKey, now));
			return messageId;
		}
		catch (DuplicateKeyException ex) {
			// a concurrent enqueue inserted the draft first and has committed
			return outbox.replaceDraft(draftKey, valid, now)
				.orElseThrow(() -> new IllegalStateException("draft " + draftKey + " collided but was not found", ex));
		}
	}

	/**
	 * The key of a pending draft: subject type, subject id, purpose and the recipient's
	 * bare address in lower case, joined by {@code |}.
	 */
	static String draftKey(OutgoingMail mail) {
		return mail.subjectType() + "|" + mail.subjectId() + "|" + mail.purpose() + "|"
				+ bareAddress(mail.recipient()).toLowerCase(Locale.ROOT);
	}

	private static String bareAddress(String recipient) {
		try {
			return new InternetAddress(recipient, true).getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("recipient is not a valid mail address: " + recipient, ex);
		}
	}

	private String newMessageId() {
		return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
	}

	/**
	 * The newest messages first.
	 * @param status only messages in this state, or {@code null} for all
	 * @param limit at most this many (1 to 1000)
	 */
	@Transactional(readOnly = true)
	public List<OutboxMessage> list(MailStatus status, int limit) {
		if (limit < 1 || limit > MAX_LIST_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIST_LIMIT + ", not " + limit);
		}
		return outbox.list(status, limit);
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMessage> find(long id) {
		return outbox.find(id);
	}

	/**
	 * Queues a copy of a failed or sent message as a new pending message, due now, with a
	 * new Message-ID (a resent mail is a new mail); the original keeps its status and
	 * time of sending. The copy has no draft key: a later enqueue does not replace it.
	 * @return false if there is no such message or it is not sent or failed
	 */
	@Transactional
	public boolean resend(long id) {
		return outbox.insertCopy(id, newMessageId(), clock.instant());
	}

	private static OutgoingMail validated(OutgoingMail mail) {
		if (mail == null) {
			throw new IllegalArgumentException("mail must not be null");
		}
		String purpose = required("purpose", mail.purpose(), MAX_PURPOSE_LENGTH);
		String subjectType = required("subjectType", mail.subjectType(), MAX_SUBJECT_REFERENCE_LENGTH);
		String subjectId = required("subjectId", mail.subjectId(), MAX_SUBJECT_REFERENCE_LENGTH);
		String recipient = required("recipient", mail.recipient(), MAX_RECIPIENT_LENGTH);
		try {
			InternetAddress address = new InternetAddress(recipient, true);
			if (address.isGroup()) {
				throw new IllegalArgumentException("recipient must be one address, not a group: " + recipient);
			}
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("recipient is not a valid mail address: " + recipient, ex);
		}
		String subject = required("subject", mail.subject(), MAX_SUBJECT_LENGTH);
		if (subject.contains("\r") || subject.contains("\n")) {
			throw new IllegalArgumentException("subject must be one line");
		}
		if (mail.textBody() == null || mail.textBody().isBlank()) {
			throw new IllegalArgumentException("textBody must not be blank");
		}
		if (mail.htmlBody() != null && mail.htmlBody().isBlank()) {
			throw new IllegalArgumentException("htmlBody must be null or not blank");
		}
		return new OutgoingMail(mail.eventId(), purpose, subjectType, subjectId, recipient, subject, mail.textBody(),
				mail.htmlBody());
	}

	private static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(
					field + " must be at most " + maxLength + " characters, not " + stripped.length());
		}
		return stripped;
	}

	/** The domain of the configured sender, or {@code plumbline.local}. */
	static String messageIdDomain(String from) {
		try {
			String address = new InternetAddress(from, true).getAddress();
			int at = address.lastIndexOf('@');
			if (at > 0 && at < address.length() - 1) {
				return address.substring(at + 1).toLowerCase(Locale.ROOT);
			}
		}
		catch (AddressException | NullPointerException ex) {
			// fall through to the default
		}
		return "plumbline.local";
	}

}
