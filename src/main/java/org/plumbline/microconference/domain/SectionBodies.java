package org.plumbline.microconference.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plumbline.microconference.Microconference.EntryKind;
import org.plumbline.microconference.Microconference.SectionEntry;

/**
 * A section's entries as one text a lead edits, and back. The lists stay stored as
 * ordered items (DOMAIN.md, "Names as written"); this text is only how a form shows them:
 * <ul>
 * <li>a line starting with {@code "- "} starts a list item, one starting with
 * {@code "  - "} a subitem of the item before it;</li>
 * <li>a line starting with {@code "[n] "} starts reference number n;</li>
 * <li>any other line starts a paragraph, after a blank line, or else continues the entry
 * before it (a wrapped line, kept as a line break);</li>
 * <li>a blank line ends an entry.</li>
 * </ul>
 * Every entry the seed holds survives {@link #parse}{@code (}{@link #format}{@code )}
 * unchanged, so saving a form untouched changes nothing.
 */
public final class SectionBodies {

	private static final Pattern ITEM = Pattern.compile("- (.*)");

	private static final Pattern SUBITEM = Pattern.compile(" {2}- (.*)");

	private static final Pattern REFERENCE = Pattern.compile("\\[(\\d{1,6})\\] (.*)");

	private SectionBodies() {
	}

	public static String format(List<SectionEntry> entries) {
		StringBuilder text = new StringBuilder();
		EntryKind previous = null;
		for (SectionEntry entry : entries) {
			boolean sameList = previous == entry.kind() && previous != EntryKind.PARAGRAPH;
			if (previous != null) {
				text.append(sameList ? "\n" : "\n\n");
			}
			switch (entry.kind()) {
				case PARAGRAPH -> text.append(entry.text());
				case ITEM -> {
					text.append("- ").append(entry.text());
					entry.subitems().forEach(subitem -> text.append("\n  - ").append(subitem));
				}
				case REFERENCE -> text.append('[').append(entry.referenceNumber()).append("] ").append(entry.text());
			}
			previous = entry.kind();
		}
		return text.toString();
	}

	public static List<SectionEntry> parse(String body) {
		List<SectionEntry> entries = new ArrayList<>();
		if (body == null) {
			return entries;
		}
		Draft draft = null;
		for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String trimmed = line.stripTrailing();
			Matcher subitem = SUBITEM.matcher(trimmed);
			Matcher item = ITEM.matcher(trimmed);
			Matcher reference = REFERENCE.matcher(trimmed);
			if (trimmed.isEmpty()) {
				draft = finish(draft, entries);
			}
			else if (subitem.matches() && draft != null && draft.kind == EntryKind.ITEM) {
				draft.subitems.add(new StringBuilder(subitem.group(1)));
			}
			else if (item.matches()) {
				finish(draft, entries);
				draft = new Draft(EntryKind.ITEM, null, item.group(1));
			}
			else if (reference.matches()) {
				finish(draft, entries);
				draft = new Draft(EntryKind.REFERENCE, Integer.valueOf(reference.group(1)), reference.group(2));
			}
			else if (draft != null) {
				draft.continueWith(trimmed);
			}
			else {
				draft = new Draft(EntryKind.PARAGRAPH, null, trimmed);
			}
		}
		finish(draft, entries);
		return entries;
	}

	private static Draft finish(Draft draft, List<SectionEntry> entries) {
		if (draft != null) {
			entries.add(draft.entry());
		}
		return null;
	}

	private static final class Draft {

		private final EntryKind kind;

		private final Integer referenceNumber;

		private final StringBuilder text;

		private final List<StringBuilder> subitems = new ArrayList<>();

		Draft(EntryKind kind, Integer referenceNumber, String firstLine) {
			this.kind = kind;
			this.referenceNumber = referenceNumber;
			this.text = new StringBuilder(firstLine);
		}

		/**
		 * A wrapped line belongs to the last subitem if there is one, else to the entry.
		 */
		void continueWith(String line) {
			StringBuilder last = subitems.isEmpty() ? text : subitems.getLast();
			last.append('\n').append(line);
		}

		SectionEntry entry() {
			return switch (kind) {
				case PARAGRAPH -> SectionEntry.paragraph(text.toString());
				case ITEM ->
					SectionEntry.item(text.toString(), subitems.stream().map(StringBuilder::toString).toList());
				case REFERENCE -> SectionEntry.reference(referenceNumber, text.toString());
			};
		}

	}

}
