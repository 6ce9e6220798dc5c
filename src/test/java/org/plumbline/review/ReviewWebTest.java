package org.plumbline.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with one event in Europe/Berlin and two accepted MCs: "kernel", led
 * by Lena (reviewed also by Rita), and "tools", led by Tom; an organiser, and two
 * speakers. Each test starts with no topics, reviews, conflict marks or declarations,
 * review phases, audit entries or affiliations of these accounts' people, at
 * {@link #START}, inside the default review phase that {@link #openPhase} sets.
 */
abstract class ReviewWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2027-03-10T09:00:00Z");

	static final String EVENT = "review_conf";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String PASSWORD = "review test password";

	static final String ORGANISER = "olga@review.test";

	static final String LEAD_KERNEL = "lena@review.test";

	static final String LEAD_TOOLS = "tom@review.test";

	static final String REVIEWER_KERNEL = "rita@review.test";

	static final String SPEAKER_A = "ana@review.test";

	static final String SPEAKER_B = "ben@review.test";

	static final String KERNEL = "/review/" + EVENT + "/kernel";

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

	AccountFixture accounts;

	Event event;

	long kernelId;

	long toolsId;

	long organiserId;

	long leadKernelId;

	long leadToolsId;

	long reviewerKernelId;

	long speakerAId;

	long speakerBId;

	ReviewWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventTwoMcsAndNoReviews() {
		// A timetable's talk refuses its topic's deletion (V23), so the talks that other
		// tests placed in this shared database go first.
		for (String table : List.of("mail_outbox", "review", "conflict_mark", "review_phase", "review_phase_defaults",
				"topic_speaker", "timetable_talk", "topic", "call_question", "audit_entry", "SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		event = events.findBySlug(EVENT).orElseGet(this::createEvent);
		kernelId = microconferences.find(event.id(), "kernel").orElseThrow().id();
		toolsId = microconferences.find(event.id(), "tools").orElseThrow().id();
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		leadKernelId = accounts.account(LEAD_KERNEL, "Lena Lead", leadPerson("kernel"));
		leadToolsId = accounts.account(LEAD_TOOLS, "Tom Lead", leadPerson("tools"));
		reviewerKernelId = accounts.account(REVIEWER_KERNEL, "Rita Reviewer");
		speakerAId = accounts.account(SPEAKER_A, "Ana Speaker");
		speakerBId = accounts.account(SPEAKER_B, "Ben Speaker");
		jdbc.sql("""
				UPDATE person SET affiliation = NULL
				WHERE id IN (SELECT person_id FROM account WHERE email_key LIKE '%@review.test')""").update();
		jdbc.sql("DELETE FROM event_role WHERE plain_track_id IS NOT NULL").update();
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
		accounts.grant(event.id(), reviewerKernelId, EventRole.REVIEWER, kernelId);
		openPhase();
	}

	/** The default review phase: March 1 to March 31, 2027, in Berlin. */
	void openPhase() {
		jdbc.sql("INSERT INTO review_phase_defaults (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
			.params(event.id(), berlin("2027-03-01T09:00").atOffset(ZoneOffset.UTC),
					berlin("2027-03-31T18:00").atOffset(ZoneOffset.UTC))
			.update();
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html");
	}

	WebClient signedIn(String email) {
		return anonymous().pagesMustAnswerOk().signedIn(email, PASSWORD);
	}

	/**
	 * A submitted topic to an MC, submitted by the first account, with the others as
	 * co-speakers.
	 */
	long topic(long microconferenceId, String title, long... speakerAccounts) {
		String key = UUID.randomUUID().toString();
		var at = START.minusSeconds(86_400L * 30).atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes, notes,
				                   submitted_by, submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'SUBMITTED', ?, 'About **it**.', 30, 'Secret note for the leads.', ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), event.id(), microconferenceId, title, speakerAccounts[0], key, at, at,
					at.plusMinutes(count("SELECT COUNT(*) FROM topic")))
			.update();
		long topic = count("SELECT id FROM topic WHERE submission_key = ?", key);
		for (int i = 0; i < speakerAccounts.length; i++) {
			jdbc.sql("""
					INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
					SELECT ?, ?, person_id, display_name FROM account WHERE id = ?""")
				.params(topic, i + 1, speakerAccounts[i])
				.update();
		}
		return topic;
	}

	void review(long topicId, long reviewerId, int score) {
		var at = START.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO review (topic_id, reviewer_id, score, comment, created_at, updated_at)
				VALUES (?, ?, ?, 'Seen.', ?, ?)""").params(topicId, reviewerId, score, at, at).update();
	}

	long personOf(long accountId) {
		return count("SELECT person_id FROM account WHERE id = ?", accountId);
	}

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	static String topicPath(long topicId) {
		return KERNEL + "/topics/" + topicId;
	}

	private long leadPerson(String mc) {
		return microconferences.find(event.id(), mc).orElseThrow().leads().get(0).personId();
	}

	private Event createEvent() {
		Event created = eventSetup.create(new NewEvent(EVENT, "Review Conference 2027", LocalDate.of(2027, 5, 3),
				LocalDate.of(2027, 5, 5), ZONE, null, List.of(), List.of(), List.of(), List.of()));
		for (String[] mc : List.of(new String[] { "kernel", "Kernel MC", "Lena Lead" },
				new String[] { "tools", "Tools MC", "Tom Lead" })) {
			long lead = people.create(mc[2], List.of(mc[2]), null).id();
			microconferences.create(created.id(), new NewMicroconference(null, mc[0], mc[1], McStatus.ACCEPTED,
					"About " + mc[0] + ".", List.of(), List.of(), "MC leads", List.of(new NamedPerson(lead, mc[2]))));
		}
		return created;
	}

}
