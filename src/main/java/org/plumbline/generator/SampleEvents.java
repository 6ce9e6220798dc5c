package org.plumbline.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.GeneratedAccounts;
import org.plumbline.account.RoleScope;
import org.plumbline.account.SignedInAccount;
import org.plumbline.account.Teams;
import org.plumbline.cfp.CallSettings;
import org.plumbline.cfp.GeneratedDecisions;
import org.plumbline.cfp.GeneratedTopics;
import org.plumbline.cfp.GeneratedTopics.GeneratedTopic;
import org.plumbline.cfp.Topic;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicState;
import org.plumbline.cfp.TopicText;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.EventSlugs;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.microconference.NewMicroconference;
import org.plumbline.review.GeneratedReviews;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one data generator (ARCHITECTURE.md): builds a live event from a preset and a seed,
 * dated from the day it runs, through the features' own facades, so that what it writes
 * obeys the same rules and sends the same mail as what users do. What it makes by the
 * thousand (accounts, topics, decisions, reviews, registrations) goes through the owning
 * feature's batch facade, checked once per batch; where a single one is audited, the
 * batch is, as one entry. The same preset and seed make the same people, MCs, topics,
 * decisions and registrations; only the dates follow the day. All of it is one
 * transaction: a generation that fails leaves nothing behind.
 */
@Service
public class SampleEvents {

	private static final Logger log = LoggerFactory.getLogger(SampleEvents.class);

	/** How the audit log names what the generator did without a user. */
	public static final String SYSTEM_ACTOR = "generator";

	private static final LocalTime MORNING = LocalTime.of(10, 0);

	private static final LocalTime AFTERNOON = LocalTime.of(15, 0);

	static final DateTimeFormatter FORM_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final List<Integer> DURATIONS = List.of(15, 20, 30, 45);

	private final EventCatalog events;

	private final EventSetup setup;

	private final GeneratedAccounts accounts;

	private final AccountPersons persons;

	private final Teams teams;

	private final Microconferences microconferences;

	private final TopicCalls calls;

	private final GeneratedDecisions decisions;

	private final SampleTimetable timetable;

	private final SampleSale sale;

	private final SampleSlides slides;

	private final SampleFeedback feedback;

	private final GeneratedTopics generatedTopics;

	private final GeneratedReviews generatedReviews;

	private final Clock clock;

	SampleEvents(EventCatalog events, EventSetup setup, GeneratedAccounts accounts, AccountPersons persons, Teams teams,
			Microconferences microconferences, TopicCalls calls, GeneratedDecisions decisions,
			SampleTimetable timetable, SampleSale sale, SampleSlides slides, SampleFeedback feedback,
			GeneratedTopics generatedTopics, GeneratedReviews generatedReviews, Clock clock) {
		this.events = events;
		this.setup = setup;
		this.accounts = accounts;
		this.persons = persons;
		this.teams = teams;
		this.microconferences = microconferences;
		this.calls = calls;
		this.decisions = decisions;
		this.timetable = timetable;
		this.sale = sale;
		this.slides = slides;
		this.feedback = feedback;
		this.generatedTopics = generatedTopics;
		this.generatedReviews = generatedReviews;
		this.clock = clock;
	}

	/**
	 * Generates the preset's event under its own slug, or the one given.
	 * @param slug the event's slug, or null for the preset's
	 * @throws GenerationRefusedException for a slug that is malformed, reserved or taken
	 */
	@Transactional
	public GeneratedEvent generate(Preset preset, long seed, String slug) {
		String eventSlug = slug != null ? slug : preset.slug();
		EventSlugs.problem(eventSlug).ifPresent(problem -> {
			throw new GenerationRefusedException("the slug \"" + eventSlug + "\" " + problem);
		});
		if (events.findBySlug(eventSlug).isPresent()) {
			throw new GenerationRefusedException(
					"an event \"" + eventSlug + "\" exists already; choose another slug with --slug");
		}
		return new Generation(preset, seed, eventSlug).run();
	}

	/**
	 * Logs how long each phase of a generation took, for the benchmarks that generate the
	 * large preset (BENCHMARKS.md).
	 */
	private static final class Phases {

		private long lapStarted = System.nanoTime();

		void done(String phase) {
			long now = System.nanoTime();
			log.info("Generated {} in {} s", phase, Math.round((now - lapStarted) / 1e9));
			lapStarted = now;
		}

	}

	/** One run of the generator: the random source and what it has made so far. */
	private final class Generation {

		private final Preset preset;

		private final RandomGenerator random;

		private final SampleReviews reviews;

		private final String slug;

		private final SampleWords words = SampleWords.load();

		private final SamplePeople people;

		private final Phases phases = new Phases();

		private Event event;

		private SignedInAccount organiser;

		private int topicCount;

		private int acceptedCount;

		private LocalDate today;

		Generation(Preset preset, long seed, String slug) {
			this.preset = preset;
			this.random = new Random(seed);
			this.reviews = new SampleReviews(seed, preset.reviewsPerTopic());
			this.slug = slug;
			this.people = new SamplePeople(accounts, persons, slug);
		}

		GeneratedEvent run() {
			ZoneId zone = ZoneId.of(preset.timeZone());
			today = LocalDate.ofInstant(clock.instant(), zone);
			LocalDate start = today.plusDays(preset.startsInDays());
			if (preset.startsOnMonday()) {
				start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			}
			event = setup.create(
					new NewEvent(slug, preset.name() + " " + start.getYear(), start, start.plusDays(preset.days() - 1L),
							zone, preset.venue(), rooms(), blocks(start), List.of(), List.of()));
			organiser = people.account("Sam Organiser");
			teams.grantAs(SYSTEM_ACTOR, event, organiser, RoleScope.EVENT);
			people.createAll(words.personNames(preset.people(), random));
			phases.done("accounts and persons");
			List<Microconference> proposed = microconferences();
			List<Microconference> mcs = proposed.stream().filter(mc -> mc.status() == McStatus.ACCEPTED).toList();
			openCalls();
			phases.done("MCs and their calls");
			LocalDateTime decidedClose = decidedCallsClose(start);
			Map<Long, List<Topic>> confirmed = new HashMap<>();
			for (int i = 0; i < mcs.size(); i++) {
				Instant until = i < preset.decidedCalls() ? decidedClose.atZone(zone).toInstant() : clock.instant();
				List<Topic> submitted = submitTopics(mcs.get(i), callsOpen().atZone(zone).toInstant(), until);
				reviews.review(mcs.get(i), submitted, people);
				if (i < preset.decidedCalls()) {
					confirmed.put(mcs.get(i).id(), decide(mcs.get(i), submitted));
				}
				if (i == Math.min(preset.decidedCalls(), mcs.size()) - 1) {
					phases.done("topics, decisions and confirmations of the decided calls");
				}
			}
			phases.done("topics of the other calls");
			closeDecidedCalls(mcs, decidedClose);
			generatedReviews.write(event.id(), SYSTEM_ACTOR, reviews.all(), clock.instant());
			phases.done("reviews");
			List<ScheduledSession> sessions = timetable
				.build(event, organiser, mcs, confirmed, people.all(), preset.interestPerPerson(), random)
				.sessions()
				.stream()
				.filter(session -> session.kind() == SessionKind.MICROCONFERENCE)
				.toList();
			phases.done("interest marks and the timetable");
			SampleSale.Sold sold = sale.sell(event, organiser, preset, people.all(), random, today);
			phases.done("ticket sale");
			int slidesAttached = slides.attach(event, sessions, people.accountByPerson(), preset.slidesPercent(),
					random);
			int feedbackGiven = feedback.give(event, sessions, people.all(), preset.feedbackPerStartedTalk(), random,
					words);
			phases.done("slides and feedback");
			Instant now = clock.instant();
			int recorded = (int) sessions.stream()
				.filter(session -> !session.talks().isEmpty() && !session.endsAt().isAfter(now))
				.count();
			return new GeneratedEvent(slug, event.name(), start, event.endDate(), people.all().size() + 1,
					proposed.size(), mcs.size(), topicCount, acceptedCount, reviews.all().size(), sessions.size(),
					sessions.stream().mapToInt(session -> session.talks().size()).sum(), sold.active(), sold.offers(),
					slidesAttached, recorded, feedbackGiven);
		}

		private List<NewRoom> rooms() {
			return preset.rooms().stream().map(room -> new NewRoom(room.name(), room.capacity(), null)).toList();
		}

		/** LPC's two blocks a day, each 3.5 hours with a 30-minute break inside. */
		private List<NewTimeBlock> blocks(LocalDate start) {
			List<NewTimeBlock> blocks = new ArrayList<>();
			for (int day = 0; day < preset.days(); day++) {
				LocalDate date = start.plusDays(day);
				for (LocalTime from : List.of(MORNING, AFTERNOON)) {
					blocks.add(new NewTimeBlock(from == MORNING ? "Morning" : "Afternoon", date, from,
							from.plusMinutes(210), from.plusMinutes(90), from.plusMinutes(120)));
				}
			}
			return blocks;
		}

		private List<Microconference> microconferences() {
			List<Microconference> created = new ArrayList<>();
			for (int i = 0; i < preset.microconferences(); i++) {
				String title = words.microconferenceTitle(i);
				List<SignedInAccount> chosen = distinct(
						preset.leadsPerMicroconference() + preset.keyAttendeesPerMicroconference());
				List<NamedPerson> leads = new ArrayList<>();
				List<KeyAttendee> keyAttendees = new ArrayList<>();
				for (int j = 0; j < chosen.size(); j++) {
					SignedInAccount person = chosen.get(j);
					long personId = people.personOf(person);
					if (j < preset.leadsPerMicroconference()) {
						leads.add(new NamedPerson(personId, person.displayName()));
					}
					else {
						keyAttendees.add(new KeyAttendee(personId, person.displayName(), null));
					}
				}
				created.add(microconferences.create(event.id(),
						new NewMicroconference(null, SampleWords.ascii(title, "-"), title, status(i),
								"The " + title + " microconference brings together the people who maintain, use and "
										+ "test " + title + " to settle the problems that need everyone in one room.",
								List.of(), keyAttendees, NewMicroconference.DEFAULT_LEADS_CAPTION, leads)));
			}
			return created;
		}

		/**
		 * The organisers accepted the first MCs proposed; of the others, one in ten was
		 * withdrawn by its proposers before a decision and the rest were not accepted.
		 */
		private McStatus status(int proposal) {
			if (proposal < preset.acceptedMicroconferences()) {
				return McStatus.ACCEPTED;
			}
			return proposal % 10 == 0 ? McStatus.WITHDRAWN : McStatus.REJECTED;
		}

		/**
		 * Every call opened eight weeks ago, so that it has its submissions, and closes
		 * four weeks on, so that a newcomer can still submit.
		 */
		private void openCalls() {
			LocalDateTime opens = callsOpen();
			LocalDateTime closes = today.plusWeeks(4).atTime(23, 59);
			calls.saveDefaults(event, organiser.id(),
					new CallSettings(FORM_INSTANT.format(opens), FORM_INSTANT.format(closes),
							DURATIONS.stream().map(String::valueOf).collect(Collectors.joining(", ")), 0));
		}

		private LocalDateTime callsOpen() {
			return today.minusWeeks(8).atTime(12, 0);
		}

		/**
		 * Submits the MC's topics and dates each back to a moment between the call's
		 * opening and its close (or now, for a call still open), more of them the nearer
		 * the deadline, as real calls fill.
		 */
		private List<Topic> submitTopics(Microconference mc, Instant opens, Instant until) {
			int count = preset.topicsPerMicroconference() / 2 + random.nextInt(preset.topicsPerMicroconference() + 1);
			List<GeneratedTopic> submitted = new ArrayList<>();
			Set<Long> leads = new HashSet<>();
			mc.leads().forEach(lead -> leads.add(lead.personId()));
			long window = Duration.between(opens, until).toSeconds();
			for (int i = 0; i < count; i++) {
				SignedInAccount speaker = people.all().get(random.nextInt(people.all().size()));
				while (leads.contains(people.personOf(speaker))) {
					speaker = people.all().get(random.nextInt(people.all().size()));
				}
				String title = words.topicTitle(random, mc.title());
				int minutes = DURATIONS.get(random.nextInt(DURATIONS.size()));
				submitted.add(new GeneratedTopic(speaker.id(),
						new Topic.Speaker(people.personOf(speaker), speaker.displayName()),
						new TopicText(title, "What we learned from " + title.toLowerCase() + ", and what we propose.",
								Integer.toString(minutes), ""),
						"generated-" + topicCount,
						opens.plusSeconds((long) (window * Math.sqrt(random.nextDouble())))));
				topicCount++;
			}
			return generatedTopics.submitAll(event, mc.slug(), SYSTEM_ACTOR, submitted);
		}

		/**
		 * The MC's first lead accepts its first topics and rejects the rest, and
		 * announces; the speakers of the accepted ones confirm but the last, who has not
		 * answered yet, as some speakers never do before the timetable.
		 * @return the confirmed topics
		 */
		private List<Topic> decide(Microconference mc, List<Topic> submitted) {
			long lead = people.accountOf(mc.leads().getFirst().personId()).id();
			Map<Long, TopicState> decided = new HashMap<>();
			List<Topic> accepted = new ArrayList<>();
			for (int i = 0; i < submitted.size(); i++) {
				Topic topic = submitted.get(i);
				TopicState decision = i < preset.acceptedPerDecidedCall() ? TopicState.ACCEPTED : TopicState.REJECTED;
				decided.put(topic.id(), decision);
				if (decision == TopicState.ACCEPTED) {
					accepted.add(topic);
				}
			}
			decisions.decideAndAnnounce(event, mc.slug(), lead, decided);
			acceptedCount += accepted.size();
			List<Topic> confirmed = accepted.subList(0, Math.max(0, accepted.size() - 1));
			decisions.confirmAll(event, SYSTEM_ACTOR, confirmed.stream().map(Topic::id).toList());
			return confirmed;
		}

		/**
		 * The calls whose decisions are out closed the evening before, as a real call
		 * closes before its leads announce: their speakers can no longer change what was
		 * decided, and a newcomer sees closed calls beside open ones. An event that runs
		 * now closed them six weeks before its start.
		 */
		private void closeDecidedCalls(List<Microconference> mcs, LocalDateTime closed) {
			for (Microconference mc : mcs.subList(0, Math.min(preset.decidedCalls(), mcs.size()))) {
				calls.saveCall(event, organiser.id(), mc.slug(),
						new CallSettings("", FORM_INSTANT.format(closed), "", 0));
			}
		}

		private LocalDateTime decidedCallsClose(LocalDate start) {
			LocalDate evening = start.minusWeeks(6).isBefore(today) ? start.minusWeeks(6) : today.minusDays(1);
			return evening.atTime(18, 0);
		}

		private List<SignedInAccount> distinct(int count) {
			List<SignedInAccount> shuffled = new ArrayList<>(people.all());
			Collections.shuffle(shuffled, random);
			return shuffled.subList(0, Math.min(count, shuffled.size()));
		}

	}

}
