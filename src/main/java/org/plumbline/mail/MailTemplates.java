package org.plumbline.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.mail.StoredTemplate.Origin;
import org.plumbline.mail.domain.MailTemplateRepository;
import org.plumbline.mail.domain.MailTemplateRepository.TemplateRow;
import org.plumbline.mail.domain.TemplateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail templates' facade: renders the text of a purpose's mail, and lets organisers
 * read, edit, preview and reset it.
 * <p>
 * Templates use logic-less {@code {{placeholder}}}s (ARCHITECTURE.md, rendered by
 * JMustache; see {@code TemplateText}). The text in force for an event is the event's
 * own, else the site's, else the default its purpose declares; a site-level purpose
 * ({@link MailPurpose#perEvent()} false) has only the site's. A template may use only the
 * placeholders its purpose offers (its sample values), so every caller can fill in any
 * text an organiser saves: a caller passes a value for each of them.
 */
@Service
public class MailTemplates {

	private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);

	private final Map<String, MailPurpose> purposes;

	private final MailTemplateRepository templates;

	private final Clock clock;

	private final AuditLog audit;

	/** A savepoint in the caller's transaction, for the insert that may collide. */
	private final TransactionTemplate savepoint;

	/**
	 * @throws IllegalStateException at start-up if two purposes share a key, or a
	 * purpose's default text does not compile or uses a placeholder it does not offer
	 */
	MailTemplates(ObjectProvider<MailPurpose> declared, MailTemplateRepository templates, Clock clock,
			PlatformTransactionManager transactionManager, AuditLog audit) {
		Map<String, MailPurpose> byKey = new TreeMap<>();
		declared.orderedStream().forEach(purpose -> {
			if (byKey.putIfAbsent(purpose.key(), purpose) != null) {
				throw new IllegalStateException("mail purpose " + purpose.key() + " is declared twice");
			}
			try {
				MailTemplateChecks.subject(purpose, purpose.defaultSubject());
				MailTemplateChecks.body(purpose, purpose.defaultBody());
			}
			catch (InvalidTemplateException ex) {
				throw new IllegalStateException(
						"default template of mail purpose " + purpose.key() + ": " + ex.getMessage(), ex);
			}
		});
		this.purposes = byKey;
		this.templates = templates;
		this.clock = clock;
		this.audit = audit;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Every declared purpose, by key. */
	public List<MailPurpose> purposes() {
		return List.copyOf(purposes.values());
	}

	/**
	 * Fills in the template in force, once as sent and once as the outbox pages show it,
	 * with {@link MailPurpose#WITHHELD} for each secret placeholder. A text saved before
	 * its purpose stopped offering a placeholder it uses is passed over (and logged) for
	 * the next one that applies, so the mail still goes out.
	 * @param eventId the event the mail belongs to, or {@code null} for the site's text;
	 * ignored for a site-level purpose
	 * @param values a value for every placeholder the purpose offers, and no others
	 * @throws IllegalArgumentException if the purpose is unknown or a value is missing or
	 * unknown: the caller's mistake, named in the message
	 */
	@Transactional(readOnly = true)
	public RenderedMail render(String purposeKey, Long eventId, Map<String, String> values) {
		MailPurpose purpose = purpose(purposeKey);
		MailTemplateChecks.values(purpose, values);
		List<TemplateRow> applicable = templates.findApplicable(purposeKey, purpose.perEvent() ? eventId : null);
		for (TemplateRow row : applicable) {
			try {
				return render(purpose, MailTemplateChecks.subject(purpose, row.subject()),
						MailTemplateChecks.body(purpose, row.body()), values);
			}
			catch (InvalidTemplateException ex) {
				log.warn("Mail template {} of {} no longer fits its purpose, using the next one: {}", purposeKey,
						row.eventId() == null ? "the site" : "event " + row.eventId(), ex.getMessage());
			}
		}
		return render(purpose, MailTemplateChecks.subject(purpose, purpose.defaultSubject()),
				MailTemplateChecks.body(purpose, purpose.defaultBody()), values);
	}

	/**
	 * Fills in a template text being edited with the purpose's sample values.
	 * @throws InvalidTemplateException if the text could not be saved, with the reason
	 */
	public RenderedMail preview(String purposeKey, String subjectTemplate, String bodyTemplate) {
		MailPurpose purpose = purpose(purposeKey);
		return render(MailTemplateChecks.subject(purpose, subjectTemplate),
				MailTemplateChecks.body(purpose, normalised(bodyTemplate)), purpose.sampleValues());
	}

	/**
	 * The template in force for a purpose in a scope, with the version to send back to
	 * {@link #save}.
	 * @param eventId the event, or {@code null} for the site
	 */
	@Transactional(readOnly = true)
	public StoredTemplate template(String purposeKey, Long eventId) {
		MailPurpose purpose = purpose(purposeKey);
		checkScope(purpose, eventId);
		Optional<TemplateRow> own = templates.find(purposeKey, eventId);
		int version = own.map(TemplateRow::version).orElse(0);
		if (own.isPresent() && own.get().hasText()) {
			return stored(purposeKey, eventId, own.get(), eventId == null ? Origin.SITE : Origin.EVENT, version);
		}
		if (eventId != null) {
			Optional<TemplateRow> site = templates.find(purposeKey, null).filter(TemplateRow::hasText);
			if (site.isPresent()) {
				return stored(purposeKey, eventId, site.get(), Origin.SITE, version);
			}
		}
		return new StoredTemplate(purposeKey, eventId, purpose.defaultSubject(), purpose.defaultBody(), Origin.DEFAULT,
				version, null);
	}

	/**
	 * Saves a scope's own text for a purpose, and records in the audit log the text in
	 * force before and after (object {@code mail-text}, the purpose's key, action
	 * {@code saved}; an event's text under its event, the site's as a site-level entry).
	 * @param actorAccountId the account that saves it
	 * @param eventId the event, or {@code null} for the site's text
	 * @param expectedVersion the {@link StoredTemplate#version()} the editor read
	 * @return the template now in force
	 * @throws InvalidTemplateException if a text is blank, too long, does not compile or
	 * uses a placeholder the purpose does not offer (the message names it and lists those
	 * it offers)
	 * @throws StaleTemplateException if the scope's text changed since that version
	 * @throws IllegalArgumentException if the purpose or the event is unknown, or the
	 * purpose is site-level and an event was given
	 */
	@Transactional
	public StoredTemplate save(long actorAccountId, String purposeKey, Long eventId, String subject, String body,
			int expectedVersion) {
		MailPurpose purpose = purpose(purposeKey);
		checkScope(purpose, eventId);
		String normalisedBody = normalised(body);
		MailTemplateChecks.subject(purpose, subject);
		MailTemplateChecks.body(purpose, normalisedBody);
		if (expectedVersion < 0) {
			throw new IllegalArgumentException("expectedVersion must not be negative, not " + expectedVersion);
		}
		StoredTemplate before = template(purposeKey, eventId);
		var now = clock.instant();
		if (expectedVersion == 0) {
			try {
				savepoint.executeWithoutResult(
						status -> templates.insert(purposeKey, eventId, subject, normalisedBody, now));
			}
			catch (DuplicateKeyException ex) {
				throw new StaleTemplateException(purposeKey, eventId, expectedVersion);
			}
			catch (DataIntegrityViolationException ex) {
				throw new IllegalArgumentException("there is no event with id " + eventId, ex);
			}
		}
		else if (!templates.update(purposeKey, eventId, subject, normalisedBody, expectedVersion, now)) {
			throw new StaleTemplateException(purposeKey, eventId, expectedVersion);
		}
		StoredTemplate after = template(purposeKey, eventId);
		audit(actorAccountId, "saved", before, after);
		return after;
	}

	/**
	 * Drops a scope's own text, so that what applies above it is in force again: the
	 * site's text for an event, the default for the site. Its version grows, so that an
	 * editor who opened the text before is told it changed; the audit log records the
	 * text in force before and after (action {@code reset}). Resetting a scope without a
	 * text of its own changes nothing, and records nothing.
	 * @param actorAccountId the account that resets it
	 * @return the template now in force
	 */
	@Transactional
	public StoredTemplate reset(long actorAccountId, String purposeKey, Long eventId) {
		checkScope(purpose(purposeKey), eventId);
		StoredTemplate before = template(purposeKey, eventId);
		if (!templates.clear(purposeKey, eventId, clock.instant())) {
			return before;
		}
		StoredTemplate after = template(purposeKey, eventId);
		audit(actorAccountId, "reset", before, after);
		return after;
	}

	private void audit(long actorAccountId, String action, StoredTemplate before, StoredTemplate after) {
		audit.record(new AuditEntry(after.eventId(), actorAccountId, null, "mail-text", after.purposeKey(), action,
				auditView(before), auditView(after), null));
	}

	/** A text in force as the audit log keeps it: whose it is, its subject and body. */
	private static Map<String, String> auditView(StoredTemplate template) {
		Map<String, String> view = new LinkedHashMap<>();
		view.put("text", template.origin().name().toLowerCase(Locale.ROOT));
		view.put("subject", template.subject());
		view.put("body", template.body());
		return view;
	}

	private MailPurpose purpose(String purposeKey) {
		MailPurpose purpose = purposes.get(purposeKey);
		if (purpose == null) {
			throw new IllegalArgumentException(
					"unknown mail purpose " + purposeKey + "; known purposes: " + String.join(", ", purposes.keySet()));
		}
		return purpose;
	}

	private static void checkScope(MailPurpose purpose, Long eventId) {
		if (eventId != null && !purpose.perEvent()) {
			throw new IllegalArgumentException(
					"mail purpose " + purpose.key() + " is site-wide: it has no template per event");
		}
	}

	private static RenderedMail render(TemplateText subject, TemplateText body, Map<String, String> values) {
		return new RenderedMail(MailTemplateChecks.oneLine(subject.render(values)), body.render(values));
	}

	private static RenderedMail render(MailPurpose purpose, TemplateText subject, TemplateText body,
			Map<String, String> values) {
		RenderedMail sent = render(subject, body, values);
		if (purpose.secretPlaceholders().isEmpty()) {
			return sent;
		}
		Map<String, String> withheld = new HashMap<>(values);
		purpose.secretPlaceholders().forEach(secret -> withheld.put(secret, MailPurpose.WITHHELD));
		RenderedMail shown = render(subject, body, withheld);
		return new RenderedMail(sent.subject(), sent.textBody(), shown.subject(), shown.textBody());
	}

	/** Line ends as a browser's text area sends them ({@code CRLF}) become {@code LF}. */
	private static String normalised(String body) {
		return body == null ? null : body.replace("\r\n", "\n");
	}

	private static StoredTemplate stored(String purposeKey, Long eventId, TemplateRow row, Origin origin, int version) {
		return new StoredTemplate(purposeKey, eventId, row.subject(), row.body(), origin, version, row.updatedAt());
	}

}
