package org.plumbline.schedule;

/**
 * How grave a conflict is (DOMAIN.md, "Conflict levels"), the gravest first, so that the
 * lower of two levels is the later one.
 */
public enum ConflictLevel {

	HARD, MEDIUM, SOFT;

	ConflictLevel lower(ConflictLevel other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
