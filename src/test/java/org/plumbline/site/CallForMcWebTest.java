package org.plumbline.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.microconference.McProposalDecisions;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.CaughtMail;
import org.plumbline.testsupport.FreePorts;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server with one event in America/New_York, two organisers, a proposer, a
 * co-lead and a stranger with verified accounts, GreenMail catching the mail, and a clock
 * that tests move. Each test starts at {@link #START} with no call window, proposals,
 * mail or audit entries.
 */
abstract class CallForMcWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2027-01-15T15:00:00Z");

	static final String EVENT = "mcprop_conf";

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final String PASSWORD = "call for mcs test password";

	static final String ORGANISER = "olga@mcprop.test";

	static final String OTHER_ORGANISER = "otto@mcprop.test";

	static final String PROPOSER = "pia@mcprop.test";

	static final String CO_LEAD = "carl@mcprop.test";

	static final String STRANGER = "bea@mcprop.test";

	static final String FORM = "/" + EVENT + "/microconferences/propose";

	static final int SMTP_PORT = FreePorts.next();

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
	}

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	McProposalDecisions decisions;

	@Autowired
	MailDeliveryWorker mailWorker;

	Event event;

	long organiserId;

	@BeforeEach
	void oneEventAndNoProposals() {
		clock.set(START);
		jdbc.sql("DELETE FROM microconference WHERE id IN (SELECT microconference_id FROM mc_proposal)").update();
		jdbc.sql("DELETE FROM mc_call").update();
		jdbc.sql("DELETE FROM topic_call_defaults").update();
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM audit_entry").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		event = events.findBySlug(EVENT)
			.orElseGet(
					() -> eventSetup.create(new NewEvent(EVENT, "Proposals Conference 2027", LocalDate.of(2027, 6, 1),
							LocalDate.of(2027, 6, 3), ZONE, null, List.of(), List.of(), List.of(), List.of())));
		organiserId = account(ORGANISER, "Olga Organiser");
		organiser(organiserId);
		organiser(account(OTHER_ORGANISER, "Otto Organiser"));
		account(PROPOSER, "Pia Proposer");
		account(CO_LEAD, "Carl Colead");
		account(STRANGER, "Bea Stranger");
	}

	WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	/** Opens the call from Jan 10 to Feb 1, 2027, 17:00 in New York. */
	void openCall() {
		decisions.saveCall(event, newYork("2027-01-10T09:00"), newYork("2027-02-01T17:00"), currentCallVersion(),
				organiserId);
	}

	int currentCallVersion() {
		return jdbc.sql("SELECT version FROM mc_call WHERE event_id = ?")
			.param(event.id())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	static Instant newYork(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/**
	 * Delivers what the outbox holds, then answers the messages caught for an address.
	 */
	List<MimeMessage> mailTo(String address) {
		mailWorker.run();
		return CaughtMail.to(greenMail, address);
	}

	/** The path of the first link in the newest message to an address. */
	String linkInLatestMailTo(String address) {
		return CaughtMail.linkInLatest(mailTo(address), address);
	}

	static String text(MimeMessage message) {
		return CaughtMail.text(message);
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void organiser(long accountId) {
		if (count("SELECT COUNT(*) FROM event_role WHERE account_id = ? AND event_id = ?", accountId,
				event.id()) == 0) {
			jdbc.sql("""
					INSERT INTO event_role (event_id, account_id, role, scope_key, granted_at)
					VALUES (?, ?, 'ORGANISER', 'event', CURRENT_TIMESTAMP)""").params(event.id(), accountId).update();
		}
	}

	/** A verified account with a person of its own, made once. */
	long account(String email, String name) {
		if (count("SELECT COUNT(*) FROM account WHERE email_key = ?", email) == 0) {
			long personId = people.create(name, List.of(name), null).id();
			var at = Instant.parse("2027-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);
			jdbc.sql("""
					INSERT INTO account (email, email_key, password_hash, display_name, person_id, email_verified_at,
					                     created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(email, email, passwords.encode(PASSWORD), name, personId, at, at)
				.update();
		}
		return count("SELECT id FROM account WHERE email_key = ?", email);
	}

}
