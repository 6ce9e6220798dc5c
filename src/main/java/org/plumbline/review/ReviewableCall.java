package org.plumbline.review;

import org.plumbline.cfp.TopicCall;

/**
 * A call an account may review, with what else it may do there.
 *
 * @param mayDecide whether the account may record decisions on its topics (its MC's leads
 * and the event's organisers; reviewers only review)
 * @param phase the call's review phase
 */
public record ReviewableCall(TopicCall call, boolean mayDecide, ReviewPhase phase) {

}
