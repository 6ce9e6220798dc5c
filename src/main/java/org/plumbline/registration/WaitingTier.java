package org.plumbline.registration;

/**
 * A tier of an event's waiting list: people wait by tier, lowest number first, then by
 * arrival.
 *
 * @param id the stored tier's id, or {@code null} for a default of an event that never
 * saved its tiers
 * @param number its place in the event's order, from 1
 * @param rule the standing that admits people to it, or {@code null} for a tier people
 * are only placed in by hand
 * @param isDefault whether it is one of the three tiers every event starts with, which
 * keep their rules and cannot be deleted
 */
public record WaitingTier(Long id, int number, String name, StandingRule rule, boolean isDefault) {

	/** Who it admits, in words. */
	public String ruleWords() {
		return rule == null ? "Only people placed here by hand" : rule.words();
	}

}
