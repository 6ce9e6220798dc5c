package org.plumbline.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.people.DuplicateReason;
import org.plumbline.people.IdentityKey;
import org.plumbline.people.domain.DuplicatePairs.KeyedPerson;
import org.plumbline.people.domain.DuplicatePairs.Pair;

class DuplicatePairsTest {

	@Test
	void findsWhatComparingEveryNewPersonWithEveryOtherFinds() {
		SplittableRandom random = new SplittableRandom(7);
		List<KeyedPerson> persons = new ArrayList<>();
		Set<Long> newPersons = new HashSet<>();
		for (long id = 1; id <= 1_500; id++) {
			persons.add(new KeyedPerson(id, randomKey(random)));
			if (random.nextInt(3) > 0) {
				newPersons.add(id);
			}
		}

		List<Pair> pairs = DuplicatePairs.involving(persons, newPersons);

		assertThat(pairs).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(everyPair(persons, newPersons));
		assertThat(pairs).extracting(Pair::reason).contains(DuplicateReason.SAME_KEY, DuplicateReason.CLOSE_KEY);
	}

	@Test
	void joinsTheNearMissesOfRealNamesAndLeavesPairsOfOldPersonsOut() {
		List<KeyedPerson> persons = List.of(new KeyedPerson(10, IdentityKey.of("Masami Hiramatsu")),
				new KeyedPerson(11, IdentityKey.of("Masami Hiramtsu")),
				new KeyedPerson(12, IdentityKey.of("Steven Rostedt")),
				new KeyedPerson(13, IdentityKey.of("Stephen Rostedt")), new KeyedPerson(14, IdentityKey.of("Jo")),
				new KeyedPerson(15, IdentityKey.of("Joe")), new KeyedPerson(16, IdentityKey.of("Jon")),
				new KeyedPerson(17, ""), new KeyedPerson(18, ""));

		List<Pair> pairs = DuplicatePairs.involving(persons, Set.of(11L, 13L, 15L, 16L, 18L));

		assertThat(pairs).containsExactlyInAnyOrder(new Pair(10, 11, DuplicateReason.CLOSE_KEY),
				new Pair(12, 13, DuplicateReason.CLOSE_KEY), new Pair(14, 15, DuplicateReason.SAME_KEY));
	}

	@Test
	void countsALetterOutsideTheBasicPlaneOnce() {
		List<KeyedPerson> persons = List.of(new KeyedPerson(1, "abcdefgh𝒜𝒜"), new KeyedPerson(2, "abcdefgh"),
				new KeyedPerson(3, "abcdefgh𝒜𝒜𝒜"));

		assertThat(DuplicatePairs.involving(persons, Set.of(1L))).containsExactlyInAnyOrder(
				new Pair(1, 2, DuplicateReason.CLOSE_KEY), new Pair(1, 3, DuplicateReason.CLOSE_KEY));
	}

	/** Keys from few letters, so that many are equal or within two edits of another. */
	private static String randomKey(SplittableRandom random) {
		String letters = "abcé𝒜";
		int length = random.nextInt(0, 11);
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < length; i++) {
			key.appendCodePoint(letters.codePointAt(letters.offsetByCodePoints(0, random.nextInt(5))));
		}
		return key.toString();
	}

	private static List<Pair> everyPair(List<KeyedPerson> persons, Set<Long> newPersons) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			for (int j = i + 1; j < persons.size(); j++) {
				KeyedPerson one = persons.get(i);
				KeyedPerson other = persons.get(j);
				if (newPersons.contains(one.id()) || newPersons.contains(other.id())) {
					DuplicateRule.between(one.identityKey(), other.identityKey())
						.ifPresent(reason -> pairs.add(new Pair(one.id(), other.id(), reason)));
				}
			}
		}
		return pairs;
	}

}
