package org.plumbline.cfp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with one event in Europe/Berlin, an accepted MC ("kernel"), a
 * proposed one that has no call, an organiser and two speakers with verified accounts,
 * and a clock that tests move. Each test starts with no call settings, tracks, topics,
 * questions, mail or audit entries, at {@link #START}. A real SMTP server (GreenMail)
 * catches the mail, which leaves the outbox when a test runs the delivery worker.
 */
abstract class CfpWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2027-01-15T09:00:00Z");

	static final String EVENT = "cfp_conf";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String PASSWORD = "cfp test password";

	static final String ORGANISER = "olga@cfp.test";

	static final String SPEAKER_A = "ana@cfp.test";

	static final String SPEAKER_B = "ben@cfp.test";

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

	AccountFixture accounts;

	Event event;

	long organiserId;

	long speakerAId;

	long speakerBId;

	CfpWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventThreeAccountsAndNoCallSettings() {
		jdbc.sql("DELETE FROM topic_answer").update();
		jdbc.sql("DELETE FROM call_question").update();
		jdbc.sql("DELETE FROM co_speaker_invitation").update();
		jdbc.sql("DELETE FROM mail_outbox").update();
		jdbc.sql("DELETE FROM topic_speaker").update();
		// A timetable refuses the deletion of a topic or plain track that it uses
		// (V23): the talks and track sessions other tests placed go first.
		jdbc.sql("DELETE FROM timetable_talk").update();
		jdbc.sql("DELETE FROM topic").update();
		jdbc.sql("DELETE FROM timetable_session WHERE plain_track_id IS NOT NULL").update();
		jdbc.sql("DELETE FROM plain_track").update();
		jdbc.sql("DELETE FROM mc_topic_call").update();
		jdbc.sql("DELETE FROM topic_call_defaults").update();
		jdbc.sql("DELETE FROM audit_entry").update();
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		event = events.findBySlug(EVENT).orElseGet(this::createEvent);
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		speakerAId = accounts.account(SPEAKER_A, "Ana Speaker");
		speakerBId = accounts.account(SPEAKER_B, "Ben Speaker");
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html").pagesMustAnswerOk();
	}

	WebClient signedIn(String email) {
		return anonymous().signedIn(email, PASSWORD);
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

}
