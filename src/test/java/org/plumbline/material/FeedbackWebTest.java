package org.plumbline.material;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.TicketTypes;
import org.plumbline.registration.WhoMayBuy;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with {@link ScheduleFixture}'s event, whose released timetable holds
 * two talks: "Tracing in anger" by Sam in the kernel MC (led by Lena) on Friday at 10:00
 * in Berlin, and "Linting at scale" by Sid in the tools MC (led by Tom) at 15:00. Anna
 * and Bea hold free tickets (registered), Paul a paid one he has not paid (awaiting
 * payment), Ned has none; Olga organises the event. The clock stands a month before the
 * event; each test starts with no feedback, registrations or audit entries, and leaves
 * none.
 */
abstract class FeedbackWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2027-10-01T09:00:00Z");

	/** When the kernel talk starts: 10:00 in Berlin, still summer time. */
	static final Instant KERNEL_TALK_STARTS = Instant.parse("2027-10-29T08:00:00Z");

	static final String PASSWORD = "feedback test password";

	static final String ANNA = "anna@feedback.test";

	static final String BEA = "bea@feedback.test";

	static final String PAUL = "paul@feedback.test";

	static final String NED = "ned@feedback.test";

	static final String SAM = "sam@feedback.test";

	static final String LENA = "lena@feedback.test";

	static final String TOM = "tom@feedback.test";

	static final String OLGA = "olga@feedback.test";

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TicketTypes ticketTypes;

	@Autowired
	Registrations registrations;

	@Autowired
	TalkFeedback feedback;

	ScheduleFixture fixture;

	AccountFixture accounts;

	UUID kernelTalk;

	UUID toolsTalk;

	FeedbackWebTest() {
		super(START);
	}

	@BeforeEach
	void aReleasedTimetableWithTwoTalksAndItsPeople() {
		fixture = new ScheduleFixture(context);
		forgetFeedback();
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		long sam = person(SAM, "Sam Speaker");
		long sid = people.create("Sid Speaker", List.of("Sid Speaker"), null).id();
		accounts.account(LENA, "Lena Lead", fixture.mc("kernel").leads().get(0).personId());
		accounts.account(TOM, "Tom Lead", fixture.mc("tools").leads().get(0).personId());
		long olga = accounts.account(OLGA, "Olga Organiser");
		accounts.grant(fixture.event().id(), olga, EventRole.ORGANISER, null);
		long kernelTopic = fixture.topic("kernel", "Tracing in anger", TopicState.CONFIRMED, 30, sam);
		long toolsTopic = fixture.topic("tools", "Linting at scale", TopicState.CONFIRMED, 30, sid);
		fixture.placeTalk(fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00"), kernelTopic, "2027-10-29T10:00");
		fixture.placeTalk(fixture.placeMc("tools", "Hall A", "2027-10-29T15:00"), toolsTopic, "2027-10-29T15:00");
		fixture.release("Feedback test");
		kernelTalk = guid(kernelTopic);
		toolsTalk = guid(toolsTopic);
		TicketType free = ticketTypes.create(fixture.event(), olga, new TicketTypeInput("Free", null, "0", "", "100",
				"2027-09-01T09:00", "2027-10-28T18:00", WhoMayBuy.ANYONE.name()));
		TicketType paid = ticketTypes.create(fixture.event(), olga, new TicketTypeInput("Paid", null, "100", "EUR",
				"100", "2027-09-01T09:00", "2027-10-28T18:00", WhoMayBuy.ANYONE.name()));
		register(ANNA, free);
		register(BEA, free);
		register(PAUL, paid);
		person(NED, "Ned Nobody");
	}

	@AfterEach
	void forgetFeedback() {
		for (String table : List.of("talk_feedback", "registration", "mc_pass", "mc_pass_quota", "mail_outbox",
				"audit_entry", "SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("DELETE FROM ticket_type WHERE event_id = ?").param(fixture.event().id()).update();
		fixture.clear();
	}

	WebClient signedIn(String email) {
		return WebClient.browser(port).accepting("text/html").signedIn(email, PASSWORD);
	}

	long accountId(String email) {
		return count("SELECT id FROM account WHERE email_key = ?", email);
	}

	static String formPath(UUID talk) {
		return "/" + ScheduleFixture.EVENT + "/talks/" + talk + "/feedback";
	}

	static String receivedPath(UUID talk) {
		return formPath(talk) + "/received";
	}

	static String overviewPath() {
		return "/manage/" + ScheduleFixture.EVENT + "/feedback";
	}

	private long person(String email, String name) {
		long account = accounts.account(email, name);
		return count("SELECT person_id FROM account WHERE id = ?", account);
	}

	private void register(String email, TicketType ticket) {
		person(email, email);
		registrations.register(fixture.event(), new SignedInAccount(accountId(email), email, email),
				Long.toString(ticket.id()), null, Map.of());
	}

	private UUID guid(long topicId) {
		return jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single();
	}

}
