package org.plumbline.cfp;

/**
 * The states of a topic (DOMAIN.md): DRAFT → SUBMITTED → ACCEPTED | REJECTED |
 * WAITLISTED; WAITLISTED → ACCEPTED | REJECTED; ACCEPTED → CONFIRMED | DECLINED; DRAFT or
 * SUBMITTED → WITHDRAWN; ACCEPTED or CONFIRMED → CANCELED. Speakers move it through the
 * first and the withdrawal today; decisions come with the review.
 */
public enum TopicState {

	DRAFT("Draft"), SUBMITTED("Submitted"), ACCEPTED("Accepted"), REJECTED("Rejected"), WAITLISTED("Wait-listed"),
	CONFIRMED("Confirmed"), DECLINED("Declined"), WITHDRAWN("Withdrawn"), CANCELED("Canceled");

	private final String inWords;

	TopicState(String inWords) {
		this.inWords = inWords;
	}

	public String inWords() {
		return inWords;
	}

	/** Whether its speakers may still edit or withdraw it (while its call is open). */
	public boolean speakersMayChange() {
		return this == DRAFT || this == SUBMITTED;
	}

}
