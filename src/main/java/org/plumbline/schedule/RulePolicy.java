package org.plumbline.schedule;

/**
 * What an event does with the conflicts of one {@link ConflictKind} (DOMAIN.md L12): a
 * change that would create one is refused, a release with one is refused (the change is
 * made and warned of), it is only warned of, or it is not reported at all.
 */
public enum RulePolicy {

	BLOCK_CHANGE("blocks this change"), BLOCK_RELEASE("blocks release"), WARN("warning"), IGNORE("ignored");

	private final String effect;

	RulePolicy(String effect) {
		this.effect = effect;
	}

	/** What the editor says beside such a conflict: "blocks release". */
	public String effect() {
		return effect;
	}

	/** A conflict that blocks a change blocks a release of it too. */
	public boolean blocksRelease() {
		return this == BLOCK_CHANGE || this == BLOCK_RELEASE;
	}

	public boolean blocksChange() {
		return this == BLOCK_CHANGE;
	}

}
