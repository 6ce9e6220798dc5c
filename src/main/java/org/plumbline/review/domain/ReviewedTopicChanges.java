package org.plumbline.review.domain;

import java.util.List;

import org.plumbline.cfp.TopicSpeakersChanged;
import org.plumbline.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recounts the reviewed topics that a change outside this feature may move, in the
 * transaction of that change: a speaker added to or taken off a topic makes or unmakes
 * the conflicts of interest of the speaker's accounts with it, and a merge gives the kept
 * person's topics the merged person's accounts, and the other way round.
 */
@Component
class ReviewedTopicChanges {

	private final ReviewedTopicRepository reviewedTopics;

	ReviewedTopicChanges(ReviewedTopicRepository reviewedTopics) {
		this.reviewedTopics = reviewedTopics;
	}

	@EventListener
	void speakersChanged(TopicSpeakersChanged change) {
		reviewedTopics.recompute(List.of(change.topicId()));
	}

	@EventListener
	void personsMerged(PersonsMerged merge) {
		reviewedTopics.recomputeTopicsOfSpeaker(merge.keptPersonId());
	}

}
