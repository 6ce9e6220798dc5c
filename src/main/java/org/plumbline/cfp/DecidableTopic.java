package org.plumbline.cfp;

/**
 * A topic as its deciders (the leads of its MC and the organisers) see it: its state, and
 * the decision recorded but not yet announced (DOMAIN.md, "Recorded, then announced").
 *
 * @param pendingState ACCEPTED, REJECTED or WAITLISTED, or {@code null} while none is
 * recorded
 * @param decisionVersion counts the changes of the recorded decision, which leave the
 * topic's own version alone
 */
public record DecidableTopic(Topic topic, TopicState pendingState, int decisionVersion) {

}
