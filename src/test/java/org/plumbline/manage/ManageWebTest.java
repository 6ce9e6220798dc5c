package org.plumbline.manage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.jdbc.SqlInstants;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.OutgoingMail;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running server without SMTP settings (the embedded default: mail stays in the
 * outbox), with two events, the site admin, an organiser of the first event and a
 * stranger to both. Each test starts with an empty outbox, audit log and set of saved
 * mail texts, at the same instant of a clock that tests move.
 */
abstract class ManageWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

	static final String ADMIN_EMAIL = "admin@plumbline.test";

	static final String ADMIN_PASSWORD = "admin password for tests";

	static final String PASSWORD = "correct horse battery";

	static final String EVENT = "conf_one";

	static final String OTHER_EVENT = "conf_two";

	static final String ORGANISER_EMAIL = "olga@example.org";

	static final String STRANGER_EMAIL = "sam@example.org";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	private static final Pattern TOKEN = Pattern.compile("[?&]token=([^&\\s]+)");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("plumbline.admin.email", () -> ADMIN_EMAIL);
		registry.add("plumbline.admin.password", () -> ADMIN_PASSWORD);
	}

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AuditLog auditLog;

	@Autowired
	PlatformTransactionManager transactionManager;

	/** The event the organiser organises, in Europe/Berlin. */
	Event event;

	/** An event no one but the site admin organises. */
	Event otherEvent;

	long adminId;

	long organiserId;

	long strangerId;

	ManageWebTest() {
		super(START);
	}

	@BeforeEach
	void twoEventsThreeAccountsAndNothingElse() {
		event = ensureEvent(EVENT, "Conference One 2027", ZoneId.of("Europe/Berlin"));
		otherEvent = ensureEvent(OTHER_EVENT, "Conference Two 2027", ZoneId.of("America/New_York"));
		adminId = accountId(ADMIN_EMAIL);
		organiserId = ensureAccount(ORGANISER_EMAIL, "Olga Organiser");
		strangerId = ensureAccount(STRANGER_EMAIL, "Sam Stranger");
		if (jdbc.sql("SELECT COUNT(*) FROM event_role WHERE account_id = ?")
			.param(organiserId)
			.query(Long.class)
			.single() == 0) {
			admin().submit("/manage/" + EVENT + "/team", "/manage/" + EVENT + "/team",
					Map.of("email", ORGANISER_EMAIL, "role", "ORGANISER"));
		}
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM audit_entry").update();
		jdbc.sql("DELETE FROM mail_template").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		jdbc.sql("DELETE FROM login_throttle").update();
		jdbc.sql("DELETE FROM sign_up_client").update();
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html").pagesMustAnswerOk();
	}

	WebClient admin() {
		return anonymous().signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	WebClient organiser() {
		return anonymous().signedIn(ORGANISER_EMAIL, PASSWORD);
	}

	WebClient stranger() {
		return anonymous().signedIn(STRANGER_EMAIL, PASSWORD);
	}

	/** Queues a message in its own transaction, at the clock's instant; its id. */
	long queueMail(Event about, String recipient, String subject) {
		Long eventId = about == null ? null : about.id();
		String messageId = inTransaction(() -> outbox.enqueue(new OutgoingMail(eventId, "test-notice", "test", subject,
				recipient, subject, "Hello,\n\nthis is " + subject + ".\n", null)));
		return jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
	}

	/**
	 * Has the organiser invite an address without an account to organise the event,
	 * through the team page; the invitation mail's id in the outbox.
	 */
	long inviteToOrganise(String email) {
		jdbc.sql("DELETE FROM role_invitation").update();
		organiser().submit("/manage/" + EVENT + "/team", "/manage/" + EVENT + "/team",
				Map.of("email", email, "role", "ORGANISER"));
		return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = ? AND purpose = 'role-invitation'")
			.param(email)
			.query(Long.class)
			.single();
	}

	/** The token of the one-time link in a message as it is sent. */
	String tokenIn(long mailId) {
		String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE id = ?")
			.param(mailId)
			.query(String.class)
			.single();
		Matcher token = TOKEN.matcher(text);
		if (!token.find()) {
			throw new AssertionError("No token in mail " + mailId + ": " + text);
		}
		return token.group(1);
	}

	/** Marks a message as the delivery worker does once it gave up. */
	void markFailed(long id, int attempts, String error) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ?, draft_key = NULL
				WHERE id = ?""").params(attempts, error, id).update();
	}

	/** Marks a message as the delivery worker does once the SMTP server took it. */
	void markSent(long id, Instant at) {
		jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = 1, sent_at = ?, draft_key = NULL
				WHERE id = ?""").params(SqlInstants.utc(at), id).update();
	}

	/** Records an entry in its own transaction, at the clock's instant; its id. */
	long record(Event about, long actorId, String objectType, String objectId, String action, Object before,
			Object after, String reason) {
		Long eventId = about == null ? null : about.id();
		return inTransaction(() -> auditLog
			.record(new AuditEntry(eventId, actorId, null, objectType, objectId, action, before, after, reason)));
	}

	long mailCount() {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
	}

	<T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

	private Event ensureEvent(String slug, String name, ZoneId zone) {
		return events.findBySlug(slug)
			.orElseGet(() -> eventSetup.create(new NewEvent(slug, name, LocalDate.of(2027, 3, 1),
					LocalDate.of(2027, 3, 3), zone, null, List.of(), List.of(), List.of(), List.of())));
	}

	/**
	 * Signs up through the pages and confirms, with the password, the verification link
	 * the outbox holds.
	 */
	private long ensureAccount(String email, String name) {
		if (jdbc.sql("SELECT COUNT(*) FROM account WHERE email_key = ?").param(email).query(Long.class).single() == 0) {
			WebClient browser = anonymous();
			browser.submit("/signup", "/signup", Map.of("name", name, "email", email, "password", PASSWORD));
			String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND purpose = ?")
				.params(email, "account-verification")
				.query(String.class)
				.single();
			Matcher link = LINK.matcher(mail);
			if (!link.find()) {
				throw new AssertionError("No link in the verification mail to " + email);
			}
			browser.submit(link.group(1), "/account/verify", Map.of("password", PASSWORD));
		}
		return accountId(email);
	}

	private long accountId(String email) {
		return jdbc.sql("SELECT id FROM account WHERE email_key = ? AND email_verified_at IS NOT NULL")
			.param(email)
			.query(Long.class)
			.single();
	}

}
