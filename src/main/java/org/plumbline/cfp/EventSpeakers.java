package org.plumbline.cfp;

import java.util.Collection;
import java.util.Set;

import org.plumbline.cfp.domain.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who speaks on an event's topics, for features that rank people by it (the waiting
 * list's tiers). They see a topic's state, never a decision recorded but not yet
 * announced (DOMAIN.md, "Recorded, then announced").
 */
@Service
public class EventSpeakers {

	private final TopicRepository topics;

	EventSpeakers(TopicRepository topics) {
		this.topics = topics;
	}

	/**
	 * Those of the persons who speak on a topic of the event in one of the states, in one
	 * query however many persons are asked about.
	 */
	@Transactional(readOnly = true)
	public Set<Long> speakingIn(long eventId, Collection<Long> personIds, Collection<TopicState> states) {
		return topics.speakingIn(eventId, personIds, states);
	}

	/**
	 * The events in which the person speaks on a topic, whatever its state: where a
	 * speaker's own pages need to look, in one query.
	 */
	@Transactional(readOnly = true)
	public Set<Long> eventsOf(long personId) {
		return topics.eventsWithSpeaker(personId);
	}

}
