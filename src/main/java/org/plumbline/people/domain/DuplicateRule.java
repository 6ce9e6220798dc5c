package org.plumbline.people.domain;

import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;
import org.plumbline.people.DuplicateReason;

/**
 * When two identity keys raise a duplicate suggestion (DOMAIN.md, "Identity key"): equal
 * keys, or keys of {@value #CLOSE_KEY_MIN_LENGTH} or more characters within edit distance
 * {@value #CLOSE_KEY_MAX_DISTANCE}. An empty key matches nothing. Characters are Unicode
 * code points, so a letter outside the Basic Multilingual Plane counts once.
 */
public final class DuplicateRule {

	public static final int CLOSE_KEY_MIN_LENGTH = 8;

	public static final int CLOSE_KEY_MAX_DISTANCE = 2;

	/** Gives up (answers -1) as soon as the distance exceeds the maximum. */
	private static final LevenshteinDistance BOUNDED_DISTANCE = new LevenshteinDistance(CLOSE_KEY_MAX_DISTANCE);

	private DuplicateRule() {
	}

	public static Optional<DuplicateReason> between(String key, String otherKey) {
		if (key.isEmpty() || otherKey.isEmpty()) {
			return Optional.empty();
		}
		if (key.equals(otherKey)) {
			return Optional.of(DuplicateReason.SAME_KEY);
		}
		if (!mayBeClose(key) || !mayBeClose(otherKey)) {
			return Optional.empty();
		}
		boolean close = BOUNDED_DISTANCE.apply(codePoints(key), codePoints(otherKey)) >= 0;
		return close ? Optional.of(DuplicateReason.CLOSE_KEY) : Optional.empty();
	}

	/**
	 * The range of {@code CHAR_LENGTH(identity_key)} that holds every key which can be
	 * close to this one, to narrow the candidates in SQL. PostgreSQL counts code points
	 * and H2 UTF-16 units (a letter outside the Basic Multilingual Plane counts twice);
	 * the range holds for both: a close key has at least {@value #CLOSE_KEY_MIN_LENGTH}
	 * code points and at most 2 fewer than this one, and at most 2 more code points, of
	 * which at most 2 more than here lie outside that plane.
	 */
	public static StoredLengths closeKeyStoredLengths(String key) {
		return new StoredLengths(Math.max(CLOSE_KEY_MIN_LENGTH, length(key) - CLOSE_KEY_MAX_DISTANCE),
				key.length() + 2 * CLOSE_KEY_MAX_DISTANCE);
	}

	/** Whether a key is long enough to be close to another one without being equal. */
	public static boolean mayBeClose(String key) {
		return length(key) >= CLOSE_KEY_MIN_LENGTH;
	}

	/** The key's length in code points. */
	static int length(String key) {
		return key.codePointCount(0, key.length());
	}

	private static SimilarityInput<Integer> codePoints(String key) {
		int[] codePoints = key.codePoints().toArray();
		return new SimilarityInput<>() {

			@Override
			public Integer at(int index) {
				return codePoints[index];
			}

			@Override
			public int length() {
				return codePoints.length;
			}

		};
	}

	/** Bounds of a stored key's length, both inclusive. */
	public record StoredLengths(int min, int max) {
	}

}
