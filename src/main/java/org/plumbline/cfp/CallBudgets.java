package org.plumbline.cfp;

import java.util.Map;
import java.util.Optional;

/**
 * The budget settings of an event's calls, and how much of each budget is used.
 *
 * @param defaultMinutes the event's budget per call (180 unless set)
 * @param reminderDays the days after an acceptance is announced that a speaker who has
 * not answered is reminded (7 unless set)
 * @param ownMinutes the calls that set their own budget, by slug
 * @param use each call's budget as it stands, by slug
 */
public record CallBudgets(int defaultMinutes, int reminderDays, Map<String, Integer> ownMinutes,
		Map<String, MinutesBudget> use) {

	public CallBudgets {
		ownMinutes = Map.copyOf(ownMinutes);
		use = Map.copyOf(use);
	}

	public Optional<Integer> own(String callSlug) {
		return Optional.ofNullable(ownMinutes.get(callSlug));
	}

}
