package org.plumbline.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventTimes;
import org.plumbline.feedback.FeedbackOverview.TalkTally;
import org.plumbline.feedback.FeedbackOverview.Track;
import org.plumbline.feedback.domain.FeedbackRepository;
import org.plumbline.feedback.domain.FeedbackRepository.Tally;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconferences;
import org.plumbline.registration.Registration;
import org.plumbline.registration.RegistrationStatus;
import org.plumbline.registration.Registrations;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback on talks (issue 14, point 3): from the moment a talk of the released timetable
 * starts on the event's clock, each attendee registered for the event (holding a place as
 * registered; awaiting payment, waiting or offered a place does not count) gives it one
 * rating and comment, and edits them. A talk's speakers, the leads of its MC and the
 * organisers read it; nobody else learns it exists.
 */
@Service
public class TalkFeedback {

	public static final int LOWEST_RATING = 1;

	public static final int HIGHEST_RATING = 5;

	public static final int MAX_COMMENT_LENGTH = 4000;

	static final String STALE = "Your feedback on this talk changed since you opened the page (in another window?); nothing was saved.";

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final Registrations registrations;

	private final Rights rights;

	private final AccountPersons accounts;

	private final FeedbackRepository feedback;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	TalkFeedback(EventCatalog events, PublishedSchedule published, Registrations registrations, Rights rights,
			AccountPersons accounts, FeedbackRepository feedback, Microconferences microconferences, AuditLog audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.events = events;
		this.published = published;
		this.registrations = registrations;
		this.rights = rights;
		this.accounts = accounts;
		this.feedback = feedback;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The feedback form of a talk for an account: whether it may give feedback now, and
	 * what it gave.
	 * @param talkGuid the GUID in the talk's address, as typed
	 * @throws FeedbackNotFoundException for a talk the latest released timetable lacks
	 */
	@Transactional(readOnly = true)
	public FeedbackForm form(Event event, String talkGuid, long accountId) {
		FeedbackTalk talk = talk(event, talkGuid);
		return new FeedbackForm(talk, !clock.instant().isBefore(talk.talk().startsAt()), refusal(talk, accountId),
				feedback.of(talk.talk().topicId(), accountId), mayRead(talk, accountId));
	}

	/**
	 * Saves an account's feedback on a talk: its first, or an edit of the one it gave, at
	 * the version the form showed, and audits it.
	 * @param version the saved feedback's version the form showed, or {@code null} for a
	 * form that showed none
	 * @throws FeedbackNotFoundException for a talk the latest released timetable lacks
	 * @throws FeedbackRefusedException before the talk starts or for an account not
	 * registered for the event
	 * @throws OptimisticLockingFailureException if the account's feedback on the talk is
	 * no longer what the form showed (saved or changed in another window)
	 * @throws org.plumbline.validation.InvalidFields for a rating outside 1 to 5 or a
	 * comment too long
	 */
	public Feedback give(Event event, String talkGuid, long accountId, String rating, String comment, Integer version) {
		try {
			return transaction.execute(status -> save(event, talkGuid, accountId, rating, comment, version));
		}
		catch (DuplicateKeyException raced) {
			throw new OptimisticLockingFailureException(STALE, raced);
		}
	}

	private Feedback save(Event event, String talkGuid, long accountId, String typedRating, String typedComment,
			Integer version) {
		FeedbackTalk talk = talk(event, talkGuid);
		refusal(talk, accountId).ifPresent(reason -> {
			throw new FeedbackRefusedException(reason);
		});
		long topicId = talk.talk().topicId();
		Optional<Feedback> saved = feedback.of(topicId, accountId);
		if (!saved.map(Feedback::version).equals(Optional.ofNullable(version))) {
			throw new OptimisticLockingFailureException(STALE);
		}
		FieldChecks checks = new FieldChecks();
		Integer rating = rating(checks, typedRating);
		String comment = checks.optionalText("comment", typedComment, MAX_COMMENT_LENGTH);
		checks.throwIfAny();
		Instant now = clock.instant();
		if (saved.isEmpty()) {
			long id = feedback.insert(event.id(), topicId, accountId, rating, comment, now);
			Feedback given = feedback.find(id).orElseThrow();
			record(event, accountId, given, "feedback-given", null, given.audited());
			return given;
		}
		Feedback before = saved.get();
		if (!feedback.update(before.id(), before.version(), rating, comment, now)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		Feedback after = feedback.find(before.id()).orElseThrow();
		record(event, accountId, after, "feedback-edited", before.audited(), after.audited());
		return after;
	}

	/**
	 * The feedback a talk received, for its speakers, the leads of its MC and the event's
	 * organisers.
	 * @throws FeedbackNotFoundException for anyone else, and for a talk the latest
	 * released timetable lacks
	 */
	@Transactional(readOnly = true)
	public ReceivedFeedback received(Event event, String talkGuid, long accountId) {
		FeedbackTalk talk = talk(event, talkGuid);
		if (!mayRead(talk, accountId)) {
			throw new FeedbackNotFoundException("account " + accountId + " may not read the feedback on " + talkGuid);
		}
		return new ReceivedFeedback(talk, feedback.onTalk(talk.talk().topicId()));
	}

	/**
	 * Each talk's feedback count and mean rating: every talk of the released timetable
	 * for the event's organisers, the talks of the MCs they lead for leads.
	 * @param trackSlug an MC's or plain track's slug to show only its talks, or
	 * {@code null} for all
	 * @throws FeedbackNotFoundException for an account that neither organises the event
	 * nor leads one of its accepted MCs, and for a track it may not see
	 */
	@Transactional(readOnly = true)
	public FeedbackOverview overview(Event event, long accountId, String trackSlug) {
		boolean organiser = rights.isOrganiser(accountId, event.id());
		Optional<Long> person = accounts.verifiedPersonId(accountId);
		List<ScheduledSession> readable = published.latest(event)
			.map(ReleasedSchedule::sessions)
			.orElse(List.of())
			.stream()
			.filter(session -> session.kind() != SessionKind.BREAK)
			.filter(session -> organiser || person.map(id -> leads(session, id)).orElse(false))
			.toList();
		if (!organiser && person
			.map(id -> microconferences.leadingIn(event.id(), List.of(id), List.of(McStatus.ACCEPTED)).isEmpty())
			.orElse(true)) {
			throw new FeedbackNotFoundException(
					"account " + accountId + " neither organises " + event.slug() + " nor leads an MC of it");
		}
		Map<String, Track> tracks = new LinkedHashMap<>();
		readable.forEach(
				session -> tracks.putIfAbsent(session.trackSlug(), new Track(session.trackSlug(), session.title())));
		if (trackSlug != null && !tracks.containsKey(trackSlug)) {
			throw new FeedbackNotFoundException("account " + accountId + " sees no track " + trackSlug);
		}
		List<FeedbackTalk> talks = new ArrayList<>();
		for (ScheduledSession session : readable) {
			if (trackSlug == null || trackSlug.equals(session.trackSlug())) {
				session.talks().forEach(talk -> talks.add(new FeedbackTalk(event, session, talk)));
			}
		}
		return new FeedbackOverview(List.copyOf(tracks.values()), trackSlug, tallied(event, talks));
	}

	/**
	 * Each talk the account's person speaks at in the latest released timetable of any
	 * event, with its feedback count and mean rating, by start.
	 */
	@Transactional(readOnly = true)
	public List<TalkTally> spokenBy(long accountId) {
		Optional<Long> person = accounts.verifiedPersonId(accountId);
		if (person.isEmpty()) {
			return List.of();
		}
		List<TalkTally> spoken = new ArrayList<>();
		for (Event event : events.listEvents()) {
			List<FeedbackTalk> talks = new ArrayList<>();
			for (ScheduledSession session : published.latest(event).map(ReleasedSchedule::sessions).orElse(List.of())) {
				session.talks()
					.stream()
					.filter(talk -> talk.speakers().stream().anyMatch(speaker -> speaker.personId() == person.get()))
					.forEach(talk -> talks.add(new FeedbackTalk(event, session, talk)));
			}
			spoken.addAll(tallied(event, talks));
		}
		spoken.sort(Comparator.comparing(TalkTally::startsAt));
		return spoken;
	}

	private List<TalkTally> tallied(Event event, List<FeedbackTalk> talks) {
		Map<Long, Tally> tallies = feedback.tallies(event.id(),
				talks.stream().map(talk -> talk.talk().topicId()).toList());
		return talks.stream().map(talk -> {
			Tally tally = tallies.get(talk.talk().topicId());
			return new TalkTally(talk, talk.talk().startsAt(), tally == null ? 0 : tally.count(),
					tally == null ? 0 : tally.meanRating());
		}).toList();
	}

	private FeedbackTalk talk(Event event, String talkGuid) {
		ReleasedSchedule schedule = published.latest(event)
			.orElseThrow(() -> new FeedbackNotFoundException(event.slug() + " has released no timetable"));
		for (ScheduledSession session : schedule.sessions()) {
			for (ScheduledTalk talk : session.talks()) {
				if (talk.guid().toString().equals(talkGuid)) {
					return new FeedbackTalk(event, session, talk);
				}
			}
		}
		throw new FeedbackNotFoundException("the released timetable of " + event.slug() + " has no talk " + talkGuid);
	}

	/** Why the account may not give feedback on the talk now, or empty when it may. */
	private Optional<String> refusal(FeedbackTalk talk, long accountId) {
		Instant startsAt = talk.talk().startsAt();
		if (clock.instant().isBefore(startsAt)) {
			return Optional.of("Feedback on this talk opens when it starts, at "
					+ EventTimes.shown(startsAt, talk.event().timeZone()) + ".");
		}
		Optional<Registration> registration = registrations.mine(talk.event(), accountId);
		if (registration.isEmpty()) {
			return Optional.of("Only attendees registered for " + talk.event().name()
					+ " give feedback on its talks, and you are not registered.");
		}
		RegistrationStatus status = registration.get().status();
		if (status != RegistrationStatus.REGISTERED) {
			return Optional.of("Only attendees registered for " + talk.event().name()
					+ " give feedback on its talks; your registration is " + status.words().toLowerCase(Locale.ROOT)
					+ ", so it does not count yet.");
		}
		return Optional.empty();
	}

	private boolean mayRead(FeedbackTalk talk, long accountId) {
		if (rights.isOrganiser(accountId, talk.event().id())) {
			return true;
		}
		return accounts.verifiedPersonId(accountId)
			.map(person -> talk.talk().speakers().stream().anyMatch(speaker -> speaker.personId() == person)
					|| leads(talk.session(), person))
			.orElse(false);
	}

	private static boolean leads(ScheduledSession session, long personId) {
		return session.kind() == SessionKind.MICROCONFERENCE
				&& session.leads().stream().anyMatch(lead -> lead.personId() == personId);
	}

	private static Integer rating(FieldChecks checks, String typed) {
		Optional<String> problem = Optional.of("Choose a rating from " + LOWEST_RATING + " to " + HIGHEST_RATING + ".");
		int rating;
		try {
			rating = Integer.parseInt(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException notANumber) {
			checks.check("rating", problem);
			return null;
		}
		if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
			checks.check("rating", problem);
			return null;
		}
		return rating;
	}

	private void record(Event event, long accountId, Feedback feedback, String action, Object before, Object after) {
		audit.record(new AuditEntry(event.id(), accountId, null, "talk-feedback", Long.toString(feedback.id()), action,
				before, after, null));
	}

}
