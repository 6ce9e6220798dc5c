package org.plumbline.people.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.DuplicateReason;

/**
 * Every pair of persons that {@link DuplicateRule} joins, among many persons at once, of
 * which at least one is new: the pairs that asking for each new person's duplicates in
 * turn would find, without comparing every key with every other (for an event data file
 * of fifty thousand persons, that is more than a billion comparisons).
 * <p>
 * Equal keys meet in one map. Keys long enough to be close meet through their deletion
 * neighbourhoods: two keys within edit distance 2 become one string once at most 2 code
 * points are deleted from each (a substitution is a deletion from both), so each such key
 * is filed under a hash of every string it gives by up to two deletions, and only keys
 * filed together are compared by the rule. A hash collision costs one comparison more,
 * never a missed pair.
 * <p>
 * Memory: a key of L code points is filed under up to 1 + L + L(L-1)/2 strings, 8 bytes
 * each: some 1 KB for a name of 15, 13 KB for one of 57, but 160 KB for one of 200; and
 * one entry is kept for each pair compared. For names of ordinary length, fifty thousand
 * persons take some 60 MB; a file of fifty thousand made-up names of 200 characters would
 * need gigabytes.
 */
public final class DuplicatePairs {

	/** Bits of a filed entry that hold the person's position; the rest hold the hash. */
	private static final int POSITION_BITS = 28;

	private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

	/** A live person's id and identity key. */
	public record KeyedPerson(long id, String identityKey) {
	}

	/** A pair in stored order, {@code first < second}. */
	public record Pair(long first, long second, DuplicateReason reason) {
	}

	private final List<KeyedPerson> persons;

	private final boolean[] isNew;

	/** Pairs of positions already judged, as {@code lower << 32 | higher}. */
	private final Set<Long> judged = new HashSet<>();

	private final List<Pair> found = new ArrayList<>();

	private DuplicatePairs(List<KeyedPerson> persons, Set<Long> newPersonIds) {
		if (persons.size() > POSITION_MASK) {
			throw new IllegalArgumentException("at most " + POSITION_MASK + " persons, not " + persons.size());
		}
		this.persons = persons;
		this.isNew = new boolean[persons.size()];
		for (int i = 0; i < persons.size(); i++) {
			isNew[i] = newPersonIds.contains(persons.get(i).id());
		}
	}

	/**
	 * @param persons every live person, each once
	 * @param newPersonIds the persons whose pairs are wanted; a pair of two others is
	 * left out
	 * @return the pairs, each once, in no particular order
	 */
	public static List<Pair> involving(List<KeyedPerson> persons, Set<Long> newPersonIds) {
		DuplicatePairs pairs = new DuplicatePairs(persons, newPersonIds);
		pairs.judgeEqualKeys();
		pairs.judgeNeighbours();
		return pairs.found;
	}

	private void judgeEqualKeys() {
		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int i = 0; i < persons.size(); i++) {
			String key = persons.get(i).identityKey();
			if (!key.isEmpty()) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> namesakes : byKey.values()) {
			judgeAll(namesakes.stream().mapToInt(Integer::intValue).toArray(), namesakes.size());
		}
	}

	private void judgeNeighbours() {
		long[] filed = fileByNeighbourhood();
		Arrays.sort(filed);
		int[] run = new int[16];
		int start = 0;
		while (start < filed.length) {
			long hash = filed[start] >>> POSITION_BITS;
			int end = start;
			while (end < filed.length && filed[end] >>> POSITION_BITS == hash) {
				end++;
			}
			if (end - start > 1) {
				if (end - start > run.length) {
					run = new int[end - start];
				}
				// a key that gives one string in several ways ("anna" → "ana") is filed
				// under it as often; sorted, those entries are next to each other
				int count = 0;
				for (int i = start; i < end; i++) {
					if (i == start || filed[i] != filed[i - 1]) {
						run[count++] = (int) (filed[i] & POSITION_MASK);
					}
				}
				judgeAll(run, count);
			}
			start = end;
		}
	}

	/**
	 * Each key that may be close to another, under every string up to two deletions give.
	 */
	private long[] fileByNeighbourhood() {
		List<int[]> codePoints = new ArrayList<>(persons.size());
		long size = 0;
		for (KeyedPerson person : persons) {
			int[] points = DuplicateRule.mayBeClose(person.identityKey()) ? person.identityKey().codePoints().toArray()
					: null;
			codePoints.add(points);
			if (points != null) {
				long length = points.length;
				size += 1 + length + length * (length - 1) / 2;
			}
		}
		long[] filed = new long[Math.toIntExact(size)];
		int next = 0;
		for (int position = 0; position < codePoints.size(); position++) {
			int[] points = codePoints.get(position);
			if (points == null) {
				continue;
			}
			filed[next++] = entry(hashWithout(points, -1, -1), position);
			for (int i = 0; i < points.length; i++) {
				filed[next++] = entry(hashWithout(points, i, -1), position);
				for (int j = i + 1; j < points.length; j++) {
					filed[next++] = entry(hashWithout(points, i, j), position);
				}
			}
		}
		return filed;
	}

	private static long entry(long hash, int position) {
		return (hash >>> POSITION_BITS) << POSITION_BITS | position;
	}

	/** A 64-bit FNV-1a hash of the code points but those at the two skipped indexes. */
	private static long hashWithout(int[] points, int skipped, int alsoSkipped) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < points.length; i++) {
			if (i != skipped && i != alsoSkipped) {
				hash = (hash ^ points[i]) * 0x100000001b3L;
			}
		}
		// FNV leaves the high bits weakly mixed, and the entry keeps only those
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		return hash ^ (hash >>> 33);
	}

	/** Judges every pair among the first {@code count} positions given. */
	private void judgeAll(int[] positions, int count) {
		for (int i = 0; i < count; i++) {
			for (int j = i + 1; j < count; j++) {
				judge(positions[i], positions[j]);
			}
		}
	}

	private void judge(int one, int other) {
		if (one == other || !(isNew[one] || isNew[other])) {
			return;
		}
		int lower = Math.min(one, other);
		int higher = Math.max(one, other);
		if (!judged.add((long) lower << 32 | higher)) {
			return;
		}
		KeyedPerson a = persons.get(lower);
		KeyedPerson b = persons.get(higher);
		DuplicateRule.between(a.identityKey(), b.identityKey())
			.ifPresent(reason -> found.add(new Pair(Math.min(a.id(), b.id()), Math.max(a.id(), b.id()), reason)));
	}

}
