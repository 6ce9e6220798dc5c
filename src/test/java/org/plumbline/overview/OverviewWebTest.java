package org.plumbline.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.plumbline.account.EventRole;
import org.plumbline.account.SignedInAccount;
import org.plumbline.cfp.CallSettings;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.NewPlainTrack;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.cfp.TopicText;
import org.plumbline.cfp.Topics;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.Room;
import org.plumbline.event.TimeBlock;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.people.PersonDirectory;
import org.plumbline.registration.Registration;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.TicketTypes;
import org.plumbline.registration.WhoMayBuy;
import org.plumbline.review.ReviewInput;
import org.plumbline.review.Reviews;
import org.plumbline.schedule.BlockPart;
import org.plumbline.schedule.DraftEditor;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.MailCatchingServerTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The running server with one event made afresh before each test, through the features'
 * facades with the clock moved to each action's day: "overview_conf" in Europe/Berlin,
 * Oct 29 to 31, 2027, with Hall A (100 seats) and Hall B (2), a morning and an afternoon
 * block each day, three accepted MCs (kernel, tools, rust) and the refereed track. Topics
 * are submitted over August, one just after midnight in Berlin (still the day before in
 * UTC); some are reviewed, decided or confirmed; four people and one anonymous visitor
 * mark MCs interesting; the draft timetable runs kernel and tools in parallel; a ticket
 * type of two places fills, two wait, and a cancellation offers the place to the first in
 * line just after midnight in Berlin. What a facade cannot do in a test (a speaker's
 * confirmation comes through a mailed link), the test writes as that link would.
 */
abstract class OverviewWebTest extends MailCatchingServerTest {

	static final Instant START = Instant.parse("2027-07-01T09:00:00Z");

	static final String EVENT = "overview_conf";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String PASSWORD = "overview test password";

	static final String ORGANISER = "olga@overview.test";

	static final String REVIEWER = "rita@overview.test";

	static final String LEAD = "lena@overview.test";

	static final String[] ATTENDEES = { "anna@overview.test", "ben@overview.test", "cara@overview.test",
			"dan@overview.test" };

	static final String ACTOR = "overview test";

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

	@Autowired
	Topics topics;

	@Autowired
	TopicDecisions decisions;

	@Autowired
	Reviews reviews;

	@Autowired
	InterestMarks interest;

	@Autowired
	DraftEditor drafts;

	@Autowired
	TicketTypes ticketTypes;

	@Autowired
	Registrations registrations;

	@Autowired
	Overview overview;

	Event event;

	AccountFixture accounts;

	long organiserId;

	long reviewerId;

	final List<Long> attendeeIds = new ArrayList<>();

	OverviewWebTest() {
		super(START);
	}

	@BeforeEach
	void theEventAfresh() {
		events.findBySlug(EVENT).ifPresent(old -> eventSetup.delete(old.id()));
		jdbc.sql("DELETE FROM SPRING_SESSION").update();
		accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		organiserId = accounts.account(ORGANISER, "Olga Organiser");
		reviewerId = accounts.account(REVIEWER, "Rita Reviewer");
		accounts.account(LEAD, "Lena Lead");
		attendeeIds.clear();
		for (String email : ATTENDEES) {
			attendeeIds.add(accounts.account(email, email));
		}
		event = createEvent();
		accounts.grant(event.id(), organiserId, EventRole.ORGANISER, null);
		accounts.grant(event.id(), reviewerId, EventRole.REVIEWER, mcId("kernel"));
		buildFigures();
	}

	private void buildFigures() {
		calls.saveDefaults(event, organiserId,
				new CallSettings("2027-08-01T09:00", "2027-08-31T18:00", "30", calls.defaults(event.id()).version()));
		calls.createPlainTrack(event, organiserId,
				new NewPlainTrack("refereed", "Refereed Track", "30", null, "2027-08-20T12:00"));
		long anna = attendeeIds.get(0);
		long ben = attendeeIds.get(1);
		long cara = attendeeIds.get(2);

		Topic kernelFirst = submit("kernel", anna, "Scheduler latency", "2027-08-10T21:30:00Z");
		Topic kernelSecond = submit("kernel", ben, "Memory tiering", "2027-08-10T22:30:00Z");
		Topic kernelThird = submit("kernel", cara, "Lockless rings", "2027-08-12T10:00:00Z");
		submit("tools", anna, "Tracing tools", "2027-08-11T08:00:00Z");
		clock.set(Instant.parse("2027-08-11T09:00:00Z"));
		topics.create(event, "tools", ben, text("A draft"), UUID.randomUUID().toString(), false);
		Topic withdrawn = submit("tools", cara, "Withdrawn idea", "2027-08-13T09:00:00Z");
		topics.withdraw(cara, withdrawn.id(), withdrawn.version());
		Topic refereed = submit("refereed", ben, "Refereed talk", "2027-08-15T10:00:00Z");

		clock.set(Instant.parse("2027-09-02T09:00:00Z"));
		jdbc.sql("INSERT INTO review_phase_defaults (event_id, opens_at, closes_at) VALUES (?, ?, ?)")
			.params(event.id(), Instant.parse("2027-09-01T00:00:00Z").atOffset(ZoneOffset.UTC),
					Instant.parse("2027-09-30T00:00:00Z").atOffset(ZoneOffset.UTC))
			.update();
		reviews.save(reviewerId, event, "kernel", kernelFirst.id(), null, new ReviewInput("2", "Good."));
		reviews.save(reviewerId, event, "kernel", kernelSecond.id(), null, new ReviewInput("-1", "Thin."));
		decisions.record(organiserId, kernelFirst.id(), new DecisionVersions(kernelFirst.version(), 0),
				TopicState.ACCEPTED);
		decisions.record(organiserId, kernelThird.id(), new DecisionVersions(kernelThird.version(), 0),
				TopicState.REJECTED);
		confirmedAsItsSpeakerWould(refereed.id());

		clock.set(Instant.parse("2027-09-05T09:00:00Z"));
		mark(InterestMarker.account(anna), "kernel", "tools");
		mark(InterestMarker.account(ben), "kernel", "tools", "rust");
		mark(InterestMarker.account(cara), "kernel", "rust");
		mark(InterestMarker.visitor(InterestMarker.newVisitorId()), "kernel", "tools");
		interest.mark(event.id(), InterestMarker.account(anna), InterestSubject.talk(refereed.id()));
		interest.mark(event.id(), InterestMarker.account(cara), InterestSubject.talk(refereed.id()));

		drafts.placeMcAs(ACTOR, event, mcId("kernel"), room("Hall A").id(), block("2027-10-29T10:00").id(),
				BlockPart.WHOLE, UUID.randomUUID());
		drafts.placeMcAs(ACTOR, event, mcId("tools"), room("Hall B").id(), block("2027-10-29T10:00").id(),
				BlockPart.WHOLE, UUID.randomUUID());
		drafts.placeMcAs(ACTOR, event, mcId("rust"), room("Hall A").id(), block("2027-10-29T15:00").id(),
				BlockPart.WHOLE, UUID.randomUUID());
		long track = drafts.placeTrackAs(ACTOR, event, calls.find(event.id(), "refereed").orElseThrow().plainTrackId(),
				room("Hall B").id(), block("2027-10-30T10:00").id(), BlockPart.WHOLE, UUID.randomUUID());
		drafts.placeTalkAs(ACTOR, event, track, refereed.id(), berlin("2027-10-30T10:00"));

		TicketType inPerson = ticketTypes.create(event, organiserId, new TicketTypeInput("In person", null, "0", "",
				"2", "2027-08-01T09:00", "2027-10-01T18:00", WhoMayBuy.ANYONE.name()));
		clock.set(Instant.parse("2027-09-01T10:00:00Z"));
		Registration first = register(0, inPerson);
		register(1, inPerson);
		clock.set(Instant.parse("2027-09-02T10:00:00Z"));
		register(2, inPerson);
		register(3, inPerson);
		clock.set(Instant.parse("2027-09-03T22:30:00Z"));
		registrations.cancel(event, signedIn(0), first.version());
		clock.set(Instant.parse("2027-09-04T10:00:00Z"));
		registrations.cancel(event, signedIn(3), registrations.mine(event, attendeeIds.get(3)).orElseThrow().version());
		clock.set(START);
	}

	private Topic submit(String call, long accountId, String title, String at) {
		clock.set(Instant.parse(at));
		return topics.create(event, call, accountId, text(title), UUID.randomUUID().toString(), true);
	}

	private static TopicText text(String title) {
		return new TopicText(title, "About " + title + ".", "30", null, Map.of());
	}

	/** What the mailed confirmation link does once every speaker confirmed. */
	private void confirmedAsItsSpeakerWould(long topicId) {
		jdbc.sql("UPDATE topic SET state = 'CONFIRMED', announced_at = ? WHERE id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), topicId)
			.update();
	}

	private void mark(InterestMarker marker, String... mcSlugs) {
		for (String slug : mcSlugs) {
			interest.mark(event.id(), marker, InterestSubject.microconference(mcId(slug)));
		}
	}

	private Registration register(int attendee, TicketType type) {
		return registrations.register(event, signedIn(attendee), Long.toString(type.id()), "", Map.of()).registration();
	}

	private SignedInAccount signedIn(int attendee) {
		return new SignedInAccount(attendeeIds.get(attendee), ATTENDEES[attendee], ATTENDEES[attendee]);
	}

	long mcId(String slug) {
		return microconferences.find(event.id(), slug).orElseThrow().id();
	}

	Room room(String name) {
		return events.rooms(event.id()).stream().filter(room -> room.name().equals(name)).findFirst().orElseThrow();
	}

	TimeBlock block(String localStart) {
		Instant start = berlin(localStart);
		return events.timeBlocks(event.id())
			.stream()
			.filter(block -> block.startsAt().equals(start))
			.findFirst()
			.orElseThrow();
	}

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	WebClient signedInAs(String email) {
		return WebClient.browser(port).accepting("text/html").pagesMustAnswerOk().signedIn(email, PASSWORD);
	}

	private Event createEvent() {
		LocalDate first = LocalDate.of(2027, 10, 29);
		List<NewTimeBlock> blocks = new ArrayList<>();
		for (int day = 0; day < 3; day++) {
			LocalDate date = first.plusDays(day);
			blocks.add(new NewTimeBlock("Morning", date, LocalTime.of(10, 0), LocalTime.of(13, 30),
					LocalTime.of(11, 30), LocalTime.of(12, 0)));
			blocks.add(new NewTimeBlock("Afternoon", date, LocalTime.of(15, 0), LocalTime.of(18, 30),
					LocalTime.of(16, 30), LocalTime.of(17, 0)));
		}
		Event created = eventSetup.create(new NewEvent(EVENT, "Overview Conference 2027", first, first.plusDays(2),
				ZONE, "Messe Berlin", List.of(new NewRoom("Hall A", 100, null), new NewRoom("Hall B", 2, null)), blocks,
				List.of(), List.of()));
		long leadPerson = jdbc.sql("SELECT person_id FROM account WHERE email = ?")
			.param(LEAD)
			.query(Long.class)
			.single();
		for (String[] mc : List.of(new String[] { "kernel", "Kernel MC" }, new String[] { "tools", "Tools MC" },
				new String[] { "rust", "Rust MC" })) {
			microconferences.create(created.id(),
					new NewMicroconference(null, mc[0], mc[1], McStatus.ACCEPTED, "About " + mc[0] + ".", List.of(),
							List.of(), "MC leads", List.of(new NamedPerson(leadPerson, "Lena Lead"))));
		}
		return created;
	}

}
