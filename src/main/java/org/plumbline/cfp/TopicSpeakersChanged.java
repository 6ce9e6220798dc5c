package org.plumbline.cfp;

/**
 * Published inside the transaction that adds a speaker to a topic that exists already (a
 * co-speaker accepting) or takes one off (a speaker declining); its listeners are
 * synchronous ({@code @EventListener}), so that what depends on who speaks (the review
 * feature's count of reviewed topics, through the conflicts of interest it owns) changes
 * in the same transaction. A new topic's first speakers publish nothing: nobody has
 * reviewed it yet.
 *
 * @param topicId the topic whose speakers changed
 */
public record TopicSpeakersChanged(long topicId) {
}
