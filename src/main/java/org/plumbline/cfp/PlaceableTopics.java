package org.plumbline.cfp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.domain.PlaceableTopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topics the timetable may place: submitted (as tentative), accepted and confirmed.
 */
@Service
public class PlaceableTopics {

	private final PlaceableTopicRepository topics;

	PlaceableTopics(PlaceableTopicRepository topics) {
		this.topics = topics;
	}

	/**
	 * The titles of the given topics of the event, whatever their state, by id: those a
	 * timetable names, read without the rest of the event's.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> titlesOf(long eventId, Collection<Long> topicIds) {
		return topics.titlesOf(eventId, topicIds);
	}

	/**
	 * One placeable topic of the event, read alone: for a page or an action about one
	 * talk, which need not read the whole event's.
	 */
	@Transactional(readOnly = true)
	public Optional<PlaceableTopic> find(long eventId, long topicId) {
		return topics.find(eventId, topicId);
	}

	/**
	 * The placeable ones of the given topics of the event, by id: what a timetable holds,
	 * read without the rest of the event's topics.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlaceableTopic> ofTopics(long eventId, Collection<Long> topicIds) {
		return topics.ofTopics(eventId, topicIds);
	}

	/** The event's placeable topics in the order they were submitted. */
	@Transactional(readOnly = true)
	public List<PlaceableTopic> ofEvent(long eventId) {
		return topics.ofEvent(eventId);
	}

}
