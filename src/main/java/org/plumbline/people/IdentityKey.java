package org.plumbline.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which spellings of one person's name meet (DOMAIN.md, "Identity key"):
 * "Jörg Rödel", "Joerg Roedel" and "Jorg Rodel" share one key.
 */
public final class IdentityKey {

	private static final Pattern GERMAN_UMLAUT_SPELLINGS = Pattern.compile("ae|oe|ue");

	private static final Pattern NOT_LETTER_MARK_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private IdentityKey() {
	}

	/**
	 * The identity key of a name; empty for a name with no letter or digit, which matches
	 * nothing.
	 */
	public static String of(String name) {
		// Lower-cased again after NFKD: compatibility letters such as U+1D409 (bold J)
		// decompose to capitals.
		String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT);
		String folded = dropMarksOnLatinGreekAndCyrillic(decomposed);
		folded = GERMAN_UMLAUT_SPELLINGS.matcher(folded).replaceAll(match -> match.group().substring(0, 1));
		folded = folded.replace("ß", "ss");
		return NOT_LETTER_MARK_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
	}

	private static String dropMarksOnLatinGreekAndCyrillic(String decomposed) {
		StringBuilder kept = new StringBuilder(decomposed.length());
		Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
		for (int i = 0; i < decomposed.length();) {
			int codePoint = decomposed.codePointAt(i);
			i += Character.charCount(codePoint);
			if (isCombiningMark(codePoint)) {
				if (!foldsMarks(baseScript)) {
					kept.appendCodePoint(codePoint);
				}
				continue;
			}
			baseScript = Character.UnicodeScript.of(codePoint);
			kept.appendCodePoint(codePoint);
		}
		return kept.toString();
	}

	private static boolean isCombiningMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean foldsMarks(Character.UnicodeScript script) {
		return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
				|| script == Character.UnicodeScript.CYRILLIC;
	}

}
