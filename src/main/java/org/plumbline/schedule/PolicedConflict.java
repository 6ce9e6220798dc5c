package org.plumbline.schedule;

/**
 * A conflict with the policy its event sets for its kind, as the timetable editor shows
 * it: "Steven Rostedt: Tracing (Room 2) and ..." — blocks release.
 */
public record PolicedConflict(Conflict conflict, ConflictKind kind, RulePolicy policy) {

	public String words() {
		return conflict.words();
	}

	public boolean blocksChange() {
		return policy.blocksChange();
	}

	public boolean blocksRelease() {
		return policy.blocksRelease();
	}

}
