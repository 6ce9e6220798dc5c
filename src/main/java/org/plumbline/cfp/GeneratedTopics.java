package org.plumbline.cfp;

import java.time.Instant;

import org.plumbline.cfp.domain.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to topics (its only caller: {@code ModularityTest}):
 * a generated sample's topics are submitted through {@link Topics} at the moment it runs,
 * and then dated back across their call's window, so that the organisers' charts of
 * submissions over time show a call's life rather than one day.
 */
@Service
public class GeneratedTopics {

	private final TopicRepository topics;

	GeneratedTopics(TopicRepository topics) {
		this.topics = topics;
	}

	/**
	 * @throws IllegalStateException for a topic that is not submitted
	 */
	@Transactional
	public void backdateSubmission(long topicId, Instant submittedAt) {
		if (!topics.backdateSubmission(topicId, submittedAt)) {
			throw new IllegalStateException("Topic " + topicId + " is not submitted");
		}
	}

}
