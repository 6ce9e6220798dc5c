package org.plumbline.cfp;

/**
 * Whether an account is conflicted with a topic (DOMAIN.md, L8). The review feature owns
 * the rule and implements this port, since it depends on cfp and cfp cannot call it; cfp
 * asks where an organiser acts on one topic outside the review pages, so that a topic
 * they submitted, speak on or were marked against does not exist for them there either.
 */
public interface TopicConflicts {

	boolean conflicted(long topicId, long accountId);

}
