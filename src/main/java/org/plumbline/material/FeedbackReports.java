package org.plumbline.material;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.cfp.EventSpeakers;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.FeedbackOverview.TalkTally;
import org.plumbline.material.FeedbackOverview.Track;
import org.plumbline.material.domain.FeedbackRepository.Tally;
import org.plumbline.material.domain.FeedbackRepository;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.SessionKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What feedback the talks received, for those who read it: one talk's for its speakers,
 * the leads of its MC and the organisers; each talk's count and mean for the organisers
 * (every talk) and the leads (their MCs' talks); a speaker's own talks'. Anyone else is
 * told it does not exist.
 */
@Service
public class FeedbackReports {

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final FeedbackReaders readers;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final FeedbackRepository feedback;

	private final EventSpeakers speakers;

	FeedbackReports(EventCatalog events, PublishedSchedule published, FeedbackReaders readers, Rights rights,
			AccountPersons accounts, Microconferences microconferences, FeedbackRepository feedback,
			EventSpeakers speakers) {
		this.events = events;
		this.published = published;
		this.readers = readers;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.feedback = feedback;
		this.speakers = speakers;
	}

	/**
	 * The feedback a talk received, for its speakers, the leads of its MC and the event's
	 * organisers.
	 * @throws FeedbackNotFoundException for anyone else, and for a talk the latest
	 * released timetable lacks
	 */
	@Transactional(readOnly = true)
	public ReceivedFeedback received(Event event, String talkGuid, long accountId) {
		FeedbackTalk talk = readers.talk(event, talkGuid);
		if (!readers.mayRead(talk, accountId)) {
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
			.filter(session -> organiser || person.map(id -> FeedbackReaders.leads(session, id)).orElse(false))
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
	 * event, with its feedback count and mean rating, by start. Only the events where the
	 * person has a topic are read, not every event's timetable.
	 */
	@Transactional(readOnly = true)
	public List<TalkTally> spokenBy(long accountId) {
		Optional<Long> person = accounts.verifiedPersonId(accountId);
		if (person.isEmpty()) {
			return List.of();
		}
		Set<Long> spokenAt = speakers.eventsOf(person.get());
		List<TalkTally> spoken = new ArrayList<>();
		for (Event event : events.listEvents().stream().filter(event -> spokenAt.contains(event.id())).toList()) {
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

}
