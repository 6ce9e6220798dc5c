package org.plumbline.people;

/** Whose value of a field the person kept by a merge ends up with. */
public enum ValueFrom {

	/** The kept person's own value stays. */
	KEPT,

	/** The merged person's value replaces it. */
	MERGED

}
