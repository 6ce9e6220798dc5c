package org.plumbline.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plumbline.people.DuplicateReason;
import org.plumbline.people.IdentityKey;
import org.plumbline.people.domain.DuplicateRule.StoredLengths;

class DuplicateRuleTest {

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Masami Hiramatsu | Masami Hiramtsu  | CLOSE_KEY
			Jörg Rödel       | Joerg Roedel     | SAME_KEY
			Jo               | JO               | SAME_KEY
			Joe              | Jo               | SAME_KEY
			Steven Rostedt   | Stephen Rostedt  | CLOSE_KEY
			Jan Kara         | Jan Kata         | CLOSE_KEY
			""")
	void namesThatMayBeOneHumanRaiseASuggestion(String name, String otherName, DuplicateReason reason) {
		assertThat(DuplicateRule.between(IdentityKey.of(name), IdentityKey.of(otherName))).contains(reason);
		assertThat(DuplicateRule.between(IdentityKey.of(otherName), IdentityKey.of(name))).contains(reason);
	}

	/**
	 * "Joe" and "Jo" share a key ("oe" folds to "o"), so they are a SAME_KEY suggestion
	 * above; keys that differ raise one only from 8 characters on.
	 */
	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Jon              | Jo
			Tom Lee          | Tom Leo
			Steven Rostedt   | Stephen Rosted
			Mark Rutland     | Mark Brown
			""")
	void shortOrDistantNamesRaiseNone(String name, String otherName) {
		assertThat(DuplicateRule.between(IdentityKey.of(name), IdentityKey.of(otherName))).isEmpty();
	}

	@Test
	void emptyKeysMatchNothingNotEvenEachOther() {
		assertThat(IdentityKey.of("---")).isEmpty();
		assertThat(DuplicateRule.between("", "")).isEmpty();
		assertThat(DuplicateRule.between("", "masami hiramatsu")).isEmpty();
	}

	@Test
	void lettersOutsideTheBasicMultilingualPlaneCountOnce() {
		String sevenLetters = "𠀀𠀁𠀂𠀃𠀄𠀅𠀆";
		assertThat(sevenLetters).hasSize(14);
		assertThat(DuplicateRule.between(sevenLetters, "𠀀𠀁𠀂𠀃𠀄𠀅𠀇")).as("7 characters are too short").isEmpty();
		assertThat(DuplicateRule.between(sevenLetters + "𠀈", "𠀀𠀁𠀂𠀃𠀄𠀅𠀇𠀈")).contains(DuplicateReason.CLOSE_KEY);
		assertThat(DuplicateRule.between("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀈", "𠀀𠀁𠀂𠀃𠀄abc")).as("3 characters apart").isEmpty();
	}

	@Test
	void storedLengthRangeHoldsEveryCloseKeyWhetherTheDatabaseCountsCodePointsOrUtf16Units() {
		for (String key : List.of("masami hiramatsu", "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀈", "jörg 𠀀𠀁 rodel", "abcdefgh")) {
			StoredLengths lengths = DuplicateRule.closeKeyStoredLengths(key);
			for (String close : withinTwoEdits(key)) {
				if (DuplicateRule.between(key, close).isEmpty()) {
					continue;
				}
				assertThat(close.codePointCount(0, close.length())).as("code points of %s", close)
					.isBetween(lengths.min(), lengths.max());
				assertThat(close.length()).as("UTF-16 units of %s", close).isBetween(lengths.min(), lengths.max());
			}
		}
	}

	@Test
	void aShortKeyIsLookedUpOnlyByEquality() {
		assertThat(DuplicateRule.mayBeClose("jan kar")).isFalse();
		assertThat(DuplicateRule.mayBeClose("jan kara")).isTrue();
	}

	/** Keys one or two code point edits away, with letters inside and outside the BMP. */
	private static List<String> withinTwoEdits(String key) {
		List<String> once = edits(key);
		List<String> all = new ArrayList<>(once);
		once.forEach(edited -> all.addAll(edits(edited)));
		return all;
	}

	private static List<String> edits(String key) {
		int[] codePoints = key.codePoints().toArray();
		List<String> edited = new ArrayList<>();
		for (int at = 0; at <= codePoints.length; at++) {
			for (int letter : new int[] { 'x', 0x20010 }) {
				edited.add(join(codePoints, at, at, letter));
				if (at < codePoints.length) {
					edited.add(join(codePoints, at, at + 1, letter));
				}
			}
			if (at < codePoints.length) {
				edited.add(join(codePoints, at, at + 1, -1));
			}
		}
		return edited;
	}

	/**
	 * The code points with those from {@code from} to {@code to} replaced by one letter,
	 * or removed.
	 */
	private static String join(int[] codePoints, int from, int to, int letter) {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < from; i++) {
			joined.appendCodePoint(codePoints[i]);
		}
		if (letter >= 0) {
			joined.appendCodePoint(letter);
		}
		for (int i = to; i < codePoints.length; i++) {
			joined.appendCodePoint(codePoints[i]);
		}
		return joined.toString();
	}

}
