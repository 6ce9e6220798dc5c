package org.plumbline.schedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.plumbline.event.Event;
import org.plumbline.microconference.Microconference;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.domain.AgendaFeedRepository;
import org.plumbline.token.OneTimeTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A personal agenda (issue 11, point 6): the sessions of the MCs and the talks a marker
 * marked, in the latest released version, in time order; and its calendar feed, at a
 * secret address that its owner makes, replaces and revokes.
 */
@Service
public class PersonalAgendas {

	private final PublishedSchedule published;

	private final InterestMarks marks;

	private final Microconferences microconferences;

	private final AgendaFeedRepository feeds;

	private final Clock clock;

	PersonalAgendas(PublishedSchedule published, InterestMarks marks, Microconferences microconferences,
			AgendaFeedRepository feeds, Clock clock) {
		this.published = published;
		this.marks = marks;
		this.microconferences = microconferences;
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * The marker's agenda in the latest released version; empty before the first release.
	 */
	@Transactional(readOnly = true)
	public List<AgendaItem> of(Event event, InterestMarker marker) {
		return published.latest(event).map(schedule -> of(schedule, marker)).orElse(List.of());
	}

	/** The marker's agenda in the given released version. */
	@Transactional(readOnly = true)
	public List<AgendaItem> of(ReleasedSchedule schedule, InterestMarker marker) {
		MarkedInterest marked = marks.of(schedule.event().id(), marker);
		Map<Long, String> slugs = microconferences.published(schedule.event().id())
			.stream()
			.collect(Collectors.toMap(Microconference::id, Microconference::slug));
		Set<String> markedSlugs = marked.microconferences()
			.stream()
			.map(slugs::get)
			.filter(slug -> slug != null)
			.collect(Collectors.toSet());
		Set<Long> markedTalks = Set.copyOf(marked.talks());
		List<AgendaItem> items = new ArrayList<>();
		for (ScheduledSession session : schedule.sessions()) {
			boolean wholeSession = session.kind() == SessionKind.MICROCONFERENCE
					&& markedSlugs.contains(session.trackSlug());
			if (wholeSession) {
				items.add(new AgendaItem(session.guid(), session.title(), session.title(), session.room(),
						session.startsAt(), session.endsAt(), true));
			}
			session.talks()
				.stream()
				.filter(talk -> !wholeSession && markedTalks.contains(talk.topicId()))
				.forEach(talk -> items.add(new AgendaItem(talk.guid(), talk.title(), session.title(), session.room(),
						talk.startsAt(), talk.endsAt(), false)));
		}
		items.sort(Comparator.comparing(AgendaItem::startsAt).thenComparing(AgendaItem::title));
		return items;
	}

	/**
	 * Makes the marker's feed address, replacing the one before (which stops working).
	 * @return the secret token, shown to its owner this once
	 */
	@Transactional
	public String newFeedToken(Event event, InterestMarker marker) {
		String token = OneTimeTokens.generate();
		feeds.replace(event.id(), marker, OneTimeTokens.hash(token), clock.instant());
		return token;
	}

	/**
	 * @return whether the marker had a feed address, which no longer works
	 */
	@Transactional
	public boolean revokeFeed(Event event, InterestMarker marker) {
		return feeds.delete(event.id(), marker);
	}

	@Transactional(readOnly = true)
	public boolean hasFeed(Event event, InterestMarker marker) {
		return feeds.exists(event.id(), marker);
	}

	/** Whose agenda a feed token opens, if it is a live token of the event. */
	@Transactional(readOnly = true)
	public Optional<InterestMarker> feedOwner(Event event, String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return feeds.markerOf(event.id(), OneTimeTokens.hash(token));
	}

}
