package org.plumbline.cfp;

import java.util.Optional;

/**
 * A call's budget of minutes: accepted and confirmed topics use it.
 *
 * @param totalMinutes the call's own budget, or the event's (180 unless set)
 * @param usedMinutes the durations of its accepted and confirmed topics
 * @param firstWaitlistedThatFits the wait-listed topic submitted first whose duration
 * fits in what is free, offered to the leads to accept
 */
public record MinutesBudget(int totalMinutes, int usedMinutes, Optional<DecidableTopic> firstWaitlistedThatFits) {

	/** What is left; negative when more was accepted than the budget holds. */
	public int freeMinutes() {
		return totalMinutes - usedMinutes;
	}

}
