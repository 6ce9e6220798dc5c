package org.plumbline.review;

/**
 * An account that reviews or organises an event and a speaker of its topics whose
 * profiles give the same affiliation: a conflict an organiser may mark, not one by
 * itself.
 */
public record SameEmployer(String accountName, String accountEmail, long personId, String personName,
		String affiliation) {

	/** The reason a mark made from this pair is given. */
	public String reason() {
		return "Same employer: " + affiliation;
	}

}
