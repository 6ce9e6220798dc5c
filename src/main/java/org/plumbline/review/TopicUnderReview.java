package org.plumbline.review;

import java.util.List;

import org.plumbline.question.AnsweredQuestion;
import org.plumbline.event.Event;

/**
 * A topic's review page: the topic with its abstract and notes for the leads, the reviews
 * of everyone not conflicted with it, and the viewer's own.
 *
 * @param abstractText Markdown
 * @param notes Markdown for the leads, or {@code null}
 * @param answers the speakers' answers to the call's questions, retired ones included
 * @param others the other reviewers' reviews
 * @param mine the viewer's own review, or {@code null} while they have none
 */
public record TopicUnderReview(Event event, ReviewableCall call, ReviewedTopic topic, String abstractText, String notes,
		List<AnsweredQuestion> answers, List<Review> others, Review mine) {

	public TopicUnderReview {
		answers = List.copyOf(answers);
		others = List.copyOf(others);
	}

}
