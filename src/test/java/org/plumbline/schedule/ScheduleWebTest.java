package org.plumbline.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.KeyAttendee;
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
 * The running server with one event in Europe/Berlin across the start of summer time
 * (clocks skip 02:00–03:00 on Sunday, March 28, 2027): Room 1 with 2 seats and Room 2
 * with 100, a morning block on Saturday and on Sunday, and two accepted MCs: "kernel",
 * led by Lena with Kurt as key attendee and Ana's confirmed talk, and "tools", led by Tom
 * with Kurt as key attendee too. Olga organises it; Sam has no role. Each test starts
 * with no interest marks, unavailability, policies, release setting or audit entries.
 */
abstract class ScheduleWebTest extends RunningServerTest {

	static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	static final String EVENT = "rules_conf";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String PASSWORD = "schedule test password";

	static final String ORGANISER = "olga@schedule.test";

	static final String LEAD_KERNEL = "lena@schedule.test";

	static final String STRANGER = "sam@schedule.test";

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
	TimetableConflicts conflicts;

	Event event;

	long kernelId;

	long toolsId;

	long talkId;

	long kurtId;

	Room room1;

	Room room2;

	TimeBlock saturday;

	ScheduleWebTest() {
		super(START);
	}

	@BeforeEach
	void oneEventTwoMcsAndNothingDeclared() {
		for (String table : List.of("interest_mark", "interest_count", "interest_pair_count", "unavailability",
				"schedule_rule_policy", "schedule_setting", "audit_entry", "SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		event = events.findBySlug(EVENT).orElseGet(this::createEvent);
		kernelId = microconferences.find(event.id(), "kernel").orElseThrow().id();
		toolsId = microconferences.find(event.id(), "tools").orElseThrow().id();
		kurtId = microconferences.find(event.id(), "kernel").orElseThrow().keyAttendees().get(0).personId();
		room1 = events.rooms(event.id()).get(0);
		room2 = events.rooms(event.id()).get(1);
		saturday = events.timeBlocks(event.id()).get(0);
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		long organiser = accounts.account(ORGANISER, "Olga Organiser");
		accounts.account(LEAD_KERNEL, "Lena Lead",
				microconferences.find(event.id(), "kernel").orElseThrow().leads().get(0).personId());
		accounts.account(STRANGER, "Sam Stranger");
		accounts.grant(event.id(), organiser, EventRole.ORGANISER, null);
		talkId = count("SELECT id FROM topic WHERE submission_key = 'schedule-talk'");
	}

	WebClient anonymous() {
		return WebClient.browser(port).accepting("text/html");
	}

	WebClient signedIn(String email) {
		return anonymous().signedIn(email, PASSWORD);
	}

	long accountId(String email) {
		return count("SELECT id FROM account WHERE email = ?", email);
	}

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	private Event createEvent() {
		LocalDate saturdayDate = LocalDate.of(2027, 3, 27);
		Event created = eventSetup
			.create(new NewEvent(EVENT, "Schedule Rules 2027", saturdayDate, LocalDate.of(2027, 3, 29), ZONE, null,
					List.of(new NewRoom("Room 1", 2, null), new NewRoom("Room 2", 100, null)),
					List.of(new NewTimeBlock("Saturday morning", saturdayDate, LocalTime.of(10, 0),
							LocalTime.of(13, 30), null, null),
							new NewTimeBlock("Sunday morning", saturdayDate.plusDays(1), LocalTime.of(10, 0),
									LocalTime.of(13, 30), null, null)),
					List.of(), List.of()));
		long kurt = people.create("Kurt Key", List.of("Kurt Key"), null).id();
		long lena = people.create("Lena Lead", List.of("Lena Lead"), null).id();
		long tom = people.create("Tom Lead", List.of("Tom Lead"), null).id();
		long kernel = microconferences
			.create(created.id(),
					new NewMicroconference(null, "kernel", "Kernel MC", McStatus.ACCEPTED, "About the kernel.",
							List.of(), List.of(new KeyAttendee(kurt, "Kurt Key", "maintainer")), "MC leads",
							List.of(new NamedPerson(lena, "Lena Lead"))))
			.id();
		microconferences.create(created.id(),
				new NewMicroconference(null, "tools", "Tools MC", McStatus.ACCEPTED, "About tools.", List.of(),
						List.of(new KeyAttendee(kurt, "Kurt Key", "maintainer")), "MC leads",
						List.of(new NamedPerson(tom, "Tom Lead"))));
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		var at = START.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, state, title, abstract, duration_minutes,
				                   submission_key, created_at, updated_at, submitted_at)
				VALUES (?, ?, ?, 'CONFIRMED', 'Ana''s talk', 'About it.', 30, 'schedule-talk', ?, ?, ?)""")
			.params(UUID.randomUUID(), created.id(), kernel, at, at, at)
			.update();
		jdbc.sql("""
				INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written)
				SELECT id, 1, ?, 'Ana Speaker' FROM topic WHERE submission_key = 'schedule-talk'""")
			.param(ana)
			.update();
		return created;
	}

}
