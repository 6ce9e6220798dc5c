package org.plumbline.cfp;

import java.util.Optional;

/**
 * A call's budget of minutes: accepted and confirmed topics use it, and acceptances
 * recorded but not yet announced will.
 *
 * @param totalMinutes the call's own budget, or the event's (180 unless set)
 * @param usedMinutes the durations of its accepted and confirmed topics
 * @param pendingMinutes the durations of its topics with an acceptance recorded and not
 * yet announced
 * @param firstWaitlistedThatFits the wait-listed topic submitted first, without a
 * recorded decision, whose duration fits in what is free, offered to the leads to accept
 */
public record MinutesBudget(int totalMinutes, int usedMinutes, int pendingMinutes,
		Optional<DecidableTopic> firstWaitlistedThatFits) {

	/**
	 * What is left once the recorded acceptances are announced; negative when more was
	 * accepted than the budget holds.
	 */
	public int freeMinutes() {
		return totalMinutes - usedMinutes - pendingMinutes;
	}

}
