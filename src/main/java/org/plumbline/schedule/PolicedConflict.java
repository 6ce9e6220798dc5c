package org.plumbline.schedule;

import java.util.Set;

/**
 * A conflict with the policy its event sets for its kind, as the timetable editor shows
 * it: "Steven Rostedt: Tracing (Room 2) and ..." — blocks release.
 *
 * @param inRelease whether a release of the draft would hold everything the conflict is
 * about; one about a tentative or unconfirmed talk, which a release leaves out, would not
 * be released, so its policy cannot block a release
 */
public record PolicedConflict(Conflict conflict, ConflictKind kind, RulePolicy policy, boolean inRelease) {

	static final String LEFT_OUT = "left out of a release with its tentative or unconfirmed talk";

	PolicedConflict(Conflict conflict, ConflictKind kind, RulePolicy policy) {
		this(conflict, kind, policy, true);
	}

	public String words() {
		return conflict.words();
	}

	public boolean blocksChange() {
		return policy.blocksChange();
	}

	public boolean blocksRelease() {
		return policy.blocksRelease() && inRelease;
	}

	/** What the policy does with it, as the editor says it ("blocks release"). */
	public String effect() {
		return policy.blocksRelease() && !inRelease ? LEFT_OUT : policy.effect();
	}

	/**
	 * The same conflict, told whether a release would hold it.
	 * @param released the keys of the sessions and talks a release of the draft would
	 * hold
	 */
	PolicedConflict inReleaseOf(Set<String> released) {
		return new PolicedConflict(conflict, kind, policy, released.containsAll(conflict.sessionKeys()));
	}

}
