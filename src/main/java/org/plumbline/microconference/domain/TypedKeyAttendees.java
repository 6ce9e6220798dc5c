package org.plumbline.microconference.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.plumbline.microconference.Microconference.EntryKind;
import org.plumbline.microconference.Microconference.SectionEntry;
import org.plumbline.people.IdentityKey;

/**
 * The key attendees a proposer types, one person per line as the seed lists them ("-
 * Paolo Bonzini, KVM Maintainer"): the name, then after the first comma the role. Read
 * the same way when the form is checked and when an accepted proposal's list becomes the
 * MC's key attendees, so a list the form took always becomes persons.
 */
public final class TypedKeyAttendees {

	/** As long as a person's display name and a key attendee's role may be. */
	public static final int MAX_NAME_LENGTH = 200;

	private TypedKeyAttendees() {
	}

	/** One line of the list: a name as written and the role beside it, if any. */
	public record TypedKeyAttendee(String name, String role) {
	}

	/**
	 * The people of the list, in order.
	 * @return the list, or the problem with it in words for the form
	 */
	public static Parsed parse(List<SectionEntry> entries) {
		List<TypedKeyAttendee> attendees = new ArrayList<>();
		Set<String> identities = new HashSet<>();
		for (SectionEntry entry : entries) {
			boolean oneLine = entry.kind() != EntryKind.REFERENCE && entry.subitems().isEmpty()
					&& !entry.text().contains("\n");
			if (!oneLine) {
				return Parsed.refused("Write one person per line, as \"- Name, role\"; \"" + firstLine(entry)
						+ "\" is not one line of its own.");
			}
			int comma = entry.text().indexOf(',');
			String name = (comma < 0 ? entry.text() : entry.text().substring(0, comma)).strip();
			String role = comma < 0 ? "" : entry.text().substring(comma + 1).strip();
			if (IdentityKey.of(name).isEmpty()) {
				return Parsed
					.refused("\"" + entry.text().strip() + "\" names nobody: write the name before the comma.");
			}
			if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH
					|| role.codePointCount(0, role.length()) > MAX_NAME_LENGTH) {
				return Parsed.refused("A name and a role may have at most " + MAX_NAME_LENGTH + " characters each.");
			}
			if (!identities.add(IdentityKey.of(name))) {
				return Parsed.refused(name + " is listed twice.");
			}
			attendees.add(new TypedKeyAttendee(name, role.isEmpty() ? null : role));
		}
		return new Parsed(List.copyOf(attendees), Optional.empty());
	}

	private static String firstLine(SectionEntry entry) {
		return entry.text().lines().findFirst().orElse("").strip();
	}

	/**
	 * @param problem why the list was refused; empty when it was read
	 */
	public record Parsed(List<TypedKeyAttendee> attendees, Optional<String> problem) {

		static Parsed refused(String problem) {
			return new Parsed(List.of(), Optional.of(problem));
		}

	}

}
