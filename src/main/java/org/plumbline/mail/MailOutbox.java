package org.plumbline.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.mail.domain.MailOutboxRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail feature's facade: queues messages in the outbox table, from which
 * {@code MailDeliveryWorker} sends them, and reads the outbox for the organisers (their
 * event's mail) and the site's admin (all mail): pages by status, counts per status, and
 * resending. Without SMTP settings nothing is sent, and the outbox is where the admin
 * reads the mail.
 */
@Service
public class MailOutbox {

	/** The top-level domain whose addresses are never mailed. */
	public static final String NEVER_DELIVERED_DOMAIN = "invalid";

	static final int MAX_PURPOSE_LENGTH = 64;

	static final int MAX_SUBJECT_REFERENCE_LENGTH = 64;

	static final int MAX_RECIPIENT_LENGTH = 320;

	static final int MAX_SUBJECT_LENGTH = 300;

	static final int MAX_PAGE_SIZE = 1000;

	/**
	 * How long a waiting copy answers a second resend of its message: long enough for a
	 * double click or two organisers at once, short enough that a deliberate resend later
	 * is not swallowed.
	 */
	static final Duration RESEND_WINDOW = Duration.ofMinutes(1);

	private final MailOutboxRepository outbox;

	private final Clock clock;

	/** The purposes whose mail carries values only its recipient may read. */
	private final Set<String> purposesWithSecrets;

	private final ObjectProvider<JavaMailSender> smtp;

	private final AuditLog audit;

	private final String messageIdDomain;

	/** A savepoint in the caller's transaction, for the insert that may collide. */
	private final TransactionTemplate savepoint;

	MailOutbox(MailOutboxRepository outbox, Clock clock, MailProperties properties,
			PlatformTransactionManager transactionManager, ObjectProvider<MailPurpose> purposes,
			ObjectProvider<JavaMailSender> smtp, AuditLog audit) {
		this.outbox = outbox;
		this.clock = clock;
		this.purposesWithSecrets = purposes.orderedStream()
			.filter(purpose -> !purpose.secretPlaceholders().isEmpty())
			.map(MailPurpose::key)
			.collect(Collectors.toUnmodifiableSet());
		this.smtp = smtp;
		this.audit = audit;
		this.messageIdDomain = messageIdDomain(properties.from());
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Queues a message in the caller's transaction and returns its Message-ID. A pending
	 * message for the same subject, purpose and recipient (its address compared without
	 * regard to case) is replaced, not joined by a second one (DOMAIN.md, L4: a changed
	 * decision replaces the unsent draft), and keeps its Message-ID, which no one has
	 * seen yet; so is one waiting for its next attempt after a failed one. A message that
	 * a worker is sending, or has sent, is left alone: a new message is queued, without
	 * waiting for the worker.
	 * <p>
	 * Drafts are found by their unique draft key. When two enqueues of a new draft race,
	 * the second insert hits the unique constraint; it runs in a savepoint (PostgreSQL
	 * aborts a transaction whose statement failed), is rolled back to it, and the draft
	 * that the first one inserted is replaced instead.
	 * <p>
	 * {@link Propagation#MANDATORY}: mail announces a change, so it must commit or roll
	 * back with it; a caller without a transaction is a programming error, told at once,
	 * rather than mail that is queued even though the change it announces fails.
	 * <p>
	 * The outbox pages show the message's shown subject and text, if it has them, and
	 * never what only the recipient may read.
	 * @throws IllegalArgumentException if a field is missing, too long, or the recipient
	 * is not one valid address, or if the purpose declares secret placeholders and the
	 * mail has no shown text (queue it from {@link MailTemplates#render}'s result)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String enqueue(OutgoingMail mail) {
		OutgoingMail valid = validated(mail);
		var now = clock.instant();
		if (neverDeliverable(valid.recipient())) {
			String messageId = newMessageId();
			outbox.insertWithheld(messageId, valid, now);
			return messageId;
		}
		String draftKey = draftKey(valid);
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

	/**
	 * Whether the address is in the top-level domain {@value #NEVER_DELIVERED_DOMAIN},
	 * which RFC 2606 reserves so that no such address can ever receive mail: the
	 * generated sample event's people have such addresses, and their mail is kept, never
	 * sent.
	 */
	static boolean neverDeliverable(String recipient) {
		return bareAddress(recipient).toLowerCase(Locale.ROOT).endsWith("." + NEVER_DELIVERED_DOMAIN);
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
	 * A page of the scope's messages, newest first.
	 * @param status only messages in this state, or {@code null} for all
	 * @param page the page, from 0
	 * @param pageSize messages per page (1 to 1000)
	 */
	@Transactional(readOnly = true)
	public OutboxPage list(OutboxScope scope, MailStatus status, int page, int pageSize) {
		requireScope(scope);
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative, not " + page);
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
		}
		List<OutboxMessage> messages = outbox.list(scope, status, (long) page * pageSize, pageSize);
		return new OutboxPage(messages, page, pageSize, outbox.count(scope, status));
	}

	/**
	 * How many of the scope's messages are in each status (0 for a status without any).
	 */
	@Transactional(readOnly = true)
	public Map<MailStatus, Long> countByStatus(OutboxScope scope) {
		requireScope(scope);
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, 0L);
		}
		counts.putAll(outbox.countByStatus(scope));
		return Collections.unmodifiableMap(counts);
	}

	/** A message, if the scope shows it. */
	@Transactional(readOnly = true)
	public Optional<OutboxMessage> find(OutboxScope scope, long id) {
		requireScope(scope);
		return outbox.find(scope, id);
	}

	/**
	 * The subject and text of a message as sent, secret values included, for the site
	 * admin to pass on by hand: only while no SMTP server is configured, when mail stays
	 * in the outbox and the admin's page is the only way to reach a verification or reset
	 * link. Once a server is configured, mail leaves by itself and no page shows secrets.
	 * @param scope the site admin's view of all mail, the only one that may read this
	 * @return empty if SMTP is configured, or the message does not withhold anything
	 */
	@Transactional(readOnly = true)
	public Optional<RenderedMail> textToPassOn(OutboxScope.AllMail scope, long id) {
		requireScope(scope);
		if (smtp.getIfAvailable() != null) {
			return Optional.empty();
		}
		return outbox.withheldText(id);
	}

	/**
	 * Queues a copy of a failed or sent message as a new pending message, due now, with a
	 * new Message-ID (a resent mail is a new mail); the original keeps its status and
	 * time of sending. The copy has no draft key: a later enqueue does not replace it.
	 * The audit log records it (object {@code mail}, the original's id, action
	 * {@code resent}, after: the copy's id and recipient) under the message's event, or
	 * as a site-level entry for mail of no event.
	 * <p>
	 * A second resend of the same message (a double click, two organisers at once) makes
	 * no second copy while the first, queued within {@link #RESEND_WINDOW}, still waits
	 * or is being sent: it answers with that copy. The original's row is locked first, so
	 * that two resends take turns and the second sees the first one's copy.
	 * @param scope the scope the asker sees: a message outside it is not found
	 * @param actorAccountId the account that resends it
	 * @throws MailNotFoundException if the scope shows no message with this id
	 * @throws IllegalArgumentException if the message is still pending or being sent
	 */
	@Transactional
	public ResentMail resend(OutboxScope scope, long id, long actorAccountId) {
		requireScope(scope);
		if (!outbox.lock(scope, id)) {
			throw new MailNotFoundException(id);
		}
		OutboxMessage original = find(scope, id).orElseThrow(() -> new MailNotFoundException(id));
		if (original.status() != MailStatus.SENT && original.status() != MailStatus.FAILED) {
			throw new IllegalArgumentException(
					"Message " + id + " is still " + original.status().name().toLowerCase(Locale.ROOT)
							+ ": only a sent or failed message can be resent.");
		}
		var now = clock.instant();
		Optional<ResentMail> waiting = outbox.waitingCopy(id, now.minus(RESEND_WINDOW))
			.map(copy -> new ResentMail(copy.id(), true, copy.createdAt()));
		if (waiting.isPresent()) {
			return waiting.get();
		}
		long copy = outbox.insertCopy(id, newMessageId(), now);
		Map<String, Object> resent = new LinkedHashMap<>();
		resent.put("copy", copy);
		resent.put("recipient", original.recipient());
		audit.record(new AuditEntry(original.eventId(), actorAccountId, null, "mail", Long.toString(id), "resent", null,
				resent, null));
		return new ResentMail(copy, false, now);
	}

	private static void requireScope(OutboxScope scope) {
		if (scope == null) {
			throw new IllegalArgumentException("scope must not be null");
		}
	}

	private OutgoingMail validated(OutgoingMail mail) {
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
		String subject = subjectLine("subject", mail.subject());
		requireText("textBody", mail.textBody());
		if (mail.htmlBody() != null && mail.htmlBody().isBlank()) {
			throw new IllegalArgumentException("htmlBody must be null or not blank");
		}
		if ((mail.shownSubject() == null) != (mail.shownTextBody() == null)) {
			throw new IllegalArgumentException("shownSubject and shownTextBody are given together or not at all");
		}
		if (mail.shownSubject() == null) {
			if (purposesWithSecrets.contains(purpose)) {
				throw new IllegalArgumentException("mail " + purpose + " has secret placeholders: queue it with the "
						+ "shown text that MailTemplates.render returns, so that the outbox pages withhold them");
			}
			return new OutgoingMail(mail.eventId(), purpose, subjectType, subjectId, recipient, subject,
					mail.textBody(), mail.htmlBody());
		}
		String shownSubject = subjectLine("shownSubject", mail.shownSubject());
		requireText("shownTextBody", mail.shownTextBody());
		if (shownSubject.equals(subject) && mail.shownTextBody().equals(mail.textBody())) {
			// nothing is withheld: the text is stored once and shown as sent
			return new OutgoingMail(mail.eventId(), purpose, subjectType, subjectId, recipient, subject,
					mail.textBody(), mail.htmlBody());
		}
		return new OutgoingMail(mail.eventId(), purpose, subjectType, subjectId, recipient, subject, mail.textBody(),
				mail.htmlBody(), shownSubject, mail.shownTextBody());
	}

	private static String subjectLine(String field, String value) {
		String subject = required(field, value, MAX_SUBJECT_LENGTH);
		if (subject.contains("\r") || subject.contains("\n")) {
			throw new IllegalArgumentException(field + " must be one line");
		}
		return subject;
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
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
