package org.plumbline.people;

/** Why two persons are suggested as one (DOMAIN.md, "Identity key"). */
public enum DuplicateReason {

	/** Their identity keys are equal: "Jörg Rödel" and "Joerg Roedel". */
	SAME_KEY,

	/**
	 * Their keys differ, but both have 8 or more characters and are within edit distance
	 * 2: "Masami Hiramatsu" and "Masami Hiramtsu".
	 */
	CLOSE_KEY

}
