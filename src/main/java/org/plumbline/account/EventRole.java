package org.plumbline.account;

/**
 * A role granted within one event. Site admin is a flag of the account, and MC lead is
 * being listed as a lead of the MC (DOMAIN.md, L7); neither is granted here.
 */
public enum EventRole {

	/** Runs the event: its calls, decisions, timetable, team, mail and audit log. */
	ORGANISER("organiser"),
	/** Reviews the topics of one MC. */
	REVIEWER("reviewer");

	private final String inWords;

	EventRole(String inWords) {
		this.inWords = inWords;
	}

	public String inWords() {
		return inWords;
	}

	/** The role a form names, or null if it names none. */
	public static EventRole parse(String value) {
		for (EventRole role : values()) {
			if (role.name().equalsIgnoreCase(value)) {
				return role;
			}
		}
		return null;
	}

}
