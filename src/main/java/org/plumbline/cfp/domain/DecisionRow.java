package org.plumbline.cfp.domain;

import java.time.Instant;

import org.plumbline.cfp.TopicState;

/**
 * What deciding a topic reads of it: where it was submitted, its state and pending
 * decision, its duration (for the budget), its version and its decision's version.
 *
 * @param decidedBy the account that recorded the pending decision, or {@code null}
 */
public record DecisionRow(long id, long eventId, Long microconferenceId, Long plainTrackId, TopicState state,
		TopicState pendingState, Integer durationMinutes, Instant submittedAt, int version, int decisionVersion,
		Long decidedBy) {

}
