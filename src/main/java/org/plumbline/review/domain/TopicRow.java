package org.plumbline.review.domain;

import org.plumbline.review.ReviewedTopic;

/** A topic as the review pages read it, with its abstract and notes for the leads. */
public record TopicRow(ReviewedTopic topic, String abstractText, String notes) {

	public long id() {
		return topic.id();
	}

	TopicRow withSpeakers(String speakers) {
		ReviewedTopic t = topic;
		return new TopicRow(
				new ReviewedTopic(t.id(), t.title(), t.state(), t.pendingState(), speakers, t.durationMinutes(),
						t.submittedAt(), t.version(), t.decisionVersion(), t.reviews(), t.meanScore(), t.myScore()),
				abstractText, notes);
	}

}
