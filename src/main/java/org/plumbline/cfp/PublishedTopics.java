package org.plumbline.cfp;

import java.util.List;

import org.plumbline.cfp.domain.PublishedTopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read of the topics: the confirmed ones. An accepted topic stays off
 * the public pages until its first speaker confirms it (DOMAIN.md: only confirmed topics
 * appear in a released timetable by default), and a recorded decision is never public
 * before it is announced.
 */
@Service
public class PublishedTopics {

	private final PublishedTopicRepository topics;

	PublishedTopics(PublishedTopicRepository topics) {
		this.topics = topics;
	}

	/** An MC's confirmed topics in the order they were submitted. */
	@Transactional(readOnly = true)
	public List<ConfirmedTopic> confirmedOf(long microconferenceId) {
		return topics.confirmedOf(microconferenceId);
	}

}
