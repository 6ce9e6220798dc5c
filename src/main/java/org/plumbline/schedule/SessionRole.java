package org.plumbline.schedule;

/**
 * Why a session needs a person, and how grave it is when they are needed elsewhere at the
 * same time. A lead or key attendee is needed for the MC session's whole block, a speaker
 * for the talk's own time: the session's interval says which.
 */
public enum SessionRole {

	LEAD(ConflictLevel.HARD), KEY_ATTENDEE(ConflictLevel.MEDIUM), SPEAKER(ConflictLevel.HARD);

	private final ConflictLevel levelWhenAbsent;

	SessionRole(ConflictLevel levelWhenAbsent) {
		this.levelWhenAbsent = levelWhenAbsent;
	}

	public ConflictLevel levelWhenAbsent() {
		return levelWhenAbsent;
	}

}
