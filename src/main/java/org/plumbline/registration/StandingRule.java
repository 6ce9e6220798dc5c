package org.plumbline.registration;

/**
 * What admits a person to a waiting-list tier by their standing in the event (issue 13,
 * point 5), read from the announced states of their topics and MCs, never from a decision
 * recorded but not yet announced. A tier without a rule admits only people placed in it
 * by hand.
 */
public enum StandingRule {

	/**
	 * A speaker of an accepted or confirmed topic of the event, or a lead of an accepted
	 * MC of the event.
	 */
	SPEAKER_OR_LEAD("Speakers and MC leads", "Speakers of an accepted or confirmed topic, and leads of an accepted MC"),

	/**
	 * A speaker of a topic of the event that was submitted and not withdrawn, or a
	 * proposer or co-lead of an MC proposal of the event that was submitted and not
	 * withdrawn.
	 */
	PROPOSER("Proposers", "People with a submitted topic or MC proposal (not withdrawn)"),

	/** Anyone at all. */
	EVERYONE("Everyone else", "Everyone");

	private final String defaultTierName;

	private final String words;

	StandingRule(String defaultTierName, String words) {
		this.defaultTierName = defaultTierName;
		this.words = words;
	}

	/**
	 * The name of the default tier with this rule: every event starts with one tier per
	 * rule, in the rules' order.
	 */
	public String defaultTierName() {
		return defaultTierName;
	}

	/** Who the rule admits, as the organisers' page says it. */
	public String words() {
		return words;
	}

}
