package org.plumbline.microconference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A microconference with its page as its organisers wrote it: description, sections, key
 * attendees and leads, each person under the name written in that list.
 */
public record Microconference(long id, UUID guid, long eventId, String slug, String title, McStatus status,
		String description, List<Section> sections, List<KeyAttendee> keyAttendees, String leadsCaption,
		List<NamedPerson> leads, int version) {

	/** A person in one of the MC's lists, under the name written there. */
	public record NamedPerson(long personId, String nameAsWritten) {
	}

	/**
	 * A key attendee with the optional role written beside the name ("KVM Maintainer").
	 */
	public record KeyAttendee(long personId, String nameAsWritten, String role) {

		/** As the list shows it: "Paolo Bonzini, KVM Maintainer". */
		public String asWritten() {
			return role == null ? nameAsWritten : nameAsWritten + ", " + role;
		}

	}

	/** A captioned part of the page; the caption is kept as written, colon included. */
	public record Section(SectionKind kind, String caption, List<SectionEntry> entries) {
	}

	/**
	 * A paragraph, a list item with its subitems (one level), or a numbered reference.
	 * Text is Markdown and keeps the line breaks of wrapped lines.
	 */
	public record SectionEntry(EntryKind kind, String text, Integer referenceNumber, List<String> subitems) {

		public static SectionEntry paragraph(String text) {
			return new SectionEntry(EntryKind.PARAGRAPH, text, null, List.of());
		}

		public static SectionEntry item(String text, List<String> subitems) {
			return new SectionEntry(EntryKind.ITEM, text, null, List.copyOf(subitems));
		}

		public static SectionEntry reference(int number, String text) {
			return new SectionEntry(EntryKind.REFERENCE, text, number, List.of());
		}

	}

	public enum SectionKind {

		TEXT, TOPICS, AUDIENCE, ACCOMPLISHMENTS, REFERENCES, KEY_ATTENDEES

	}

	public enum EntryKind {

		PARAGRAPH, ITEM, REFERENCE

	}

	/** The leads line as the page shows it: "MC leads: John Stultz, Karim Yaghmour". */
	public String leadsLine() {
		return leadsCaption + ": " + String.join(", ", leads.stream().map(NamedPerson::nameAsWritten).toList());
	}

	/** The section where the key-attendee list stands, if the page places it. */
	public Optional<Section> keyAttendeeSection() {
		return sections.stream().filter(section -> section.kind() == SectionKind.KEY_ATTENDEES).findFirst();
	}

}
