package org.plumbline.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.plumbline.mail.domain.MailOutboxRepository;
import org.plumbline.mail.domain.MailOutboxRepository.PendingDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	MailOutbox(MailOutboxRepository outbox, Clock clock, MailProperties properties) {
		this.outbox = outbox;
		this.clock = clock;
		this.messageIdDomain = messageIdDomain(properties.from());
	}

	/**
	 * Queues a message in the caller's transaction and returns its Message-ID. A pending
	 * message for the same subject, purpose and recipient is replaced, not joined by a
	 * second one (DOMAIN.md, L4: a changed decision replaces the unsent draft), and keeps
	 * its Message-ID, which no one has seen yet.
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
		var now = clock.instant();
		List<PendingDraft> drafts = outbox.lockPendingDrafts(valid);
		if (drafts.isEmpty()) {
			String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
			outbox.insert(messageId, valid, now);
			return messageId;
		}
		PendingDraft kept = drafts.getFirst();
		outbox.replaceDraft(kept.id(), valid, now);
		// Normally there is at most one; two enqueues that raced leave two, merged here.
		drafts.subList(1, drafts.size()).forEach(draft -> outbox.delete(draft.id()));
		return kept.messageId();
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
	 * Puts a failed or sent message back in the queue, due now, with its attempts reset
	 * and its Message-ID kept.
	 * @return false if there is no such message or it is pending already
	 */
	@Transactional
	public boolean resend(long id) {
		return outbox.requeue(id, clock.instant());
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
