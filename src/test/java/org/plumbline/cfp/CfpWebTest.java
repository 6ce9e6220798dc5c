package org.plumbline.cfp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.mail.domain.MailDeliveryWorker;
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
 * The running server with one event in Europe/Berlin, an accepted MC ("kernel"), a
 * proposed one that has no call, an organiser and two speakers with verified accounts,
 * and a clock that tests move. Each test starts with no call settings, tracks, topics,
 * questions, mail or audit entries, at {@link #START}. A real SMTP server (GreenMail)
 * catches the mail, which leaves the outbox when a test runs the delivery worker.
 */
abstract class CfpWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2027-01-15T09:00:00Z");

	static final String EVENT = "cfp_conf";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String PASSWORD = "cfp test password";

	static final String ORGANISER = "olga@cfp.test";

	static final String SPEAKER_A = "ana@cfp.test";

	static final String SPEAKER_B = "ben@cfp.test";

	static final int SMTP_PORT = FreePorts.next();

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("plumbline.mail.poll-interval", () -> "PT1H");
	}

	@Autowired
	MailDeliveryWorker mailWorker;

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup eventSetup;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TopicCalls calls;

	Event event;

	long organiserId;

	long speakerAId;

	long speakerBId;

	@BeforeEach
	void oneEventThreeAccountsAndNoCallSettings() {
		clock.set(START);
		jdbc.sql("DELETE FROM topic_answer").update();
		jdbc.sql("DELETE FROM call_question").update();
		jdbc.sql("DELETE FROM co_speaker_invitation").update();
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM topic_speaker").update();
		jdbc.sql("DELETE FROM topic").update();
		jdbc.sql("DELETE FROM plain_track").update();
		jdbc.sql("DELETE FROM mc_topic_call").update();
		jdbc.sql("DELETE FROM topic_call_defaults").update();
		jdbc.sql("DELETE FROM audit_entry").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		event = events.findBySlug(EVENT).orElseGet(this::createEvent);
		organiserId = account(ORGANISER, "Olga Organiser");
		speakerAId = account(SPEAKER_A, "Ana Speaker");
		speakerBId = account(SPEAKER_B, "Ben Speaker");
		if (jdbc.sql("SELECT COUNT(*) FROM event_role WHERE account_id = ?")
			.param(organiserId)
			.query(Long.class)
			.single() == 0) {
			jdbc.sql("""
					INSERT INTO event_role (event_id, account_id, role, scope_key, granted_at)
					VALUES (?, ?, 'ORGANISER', 'event', CURRENT_TIMESTAMP)""").params(event.id(), organiserId).update();
		}
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html").pagesMustAnswerOk();
	}

	WebClient signedIn(String email) {
		return anonymous().signedIn(email, PASSWORD);
	}

	/**
	 * Delivers what the outbox holds, then answers the messages GreenMail caught for an
	 * address.
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

	/** Sets the event's default window, local to Europe/Berlin, and durations. */
	void defaultWindow(String opensAt, String closesAt, String durations) {
		calls.saveDefaults(event, organiserId,
				new CallSettings(opensAt, closesAt, durations, calls.defaults(event.id()).version()));
	}

	/** The default window used by most tests: Jan 10 to Feb 1, 2027, 18:00 in Berlin. */
	void openCalls() {
		defaultWindow("2027-01-10T09:00", "2027-02-01T18:00", "30, 45");
	}

	static Instant berlin(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Event createEvent() {
		Event created = eventSetup.create(new NewEvent(EVENT, "CFP Conference 2027", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 3), ZONE, null, List.of(), List.of(), List.of(), List.of()));
		long lead = people.create("Lena Lead", List.of("Lena Lead"), null).id();
		microconferences.create(created.id(), new NewMicroconference(null, "kernel", "Kernel MC", McStatus.ACCEPTED,
				"About the kernel.", List.of(), List.of(), "MC leads", List.of(new NamedPerson(lead, "Lena Lead"))));
		microconferences.create(created.id(), new NewMicroconference(null, "proposed-mc", "Proposed MC",
				McStatus.PROPOSED, "Not yet accepted.", List.of(), List.of(), "MC leads", List.of()));
		return created;
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
