package org.plumbline.microconference;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.microconference.Microconference.KeyAttendee;
import org.plumbline.microconference.Microconference.SectionKind;
import org.plumbline.microconference.domain.SectionBodies;
import org.springframework.web.util.UriUtils;

/**
 * An MC's public text as its leads edit it: the description, each section's caption and
 * entries (as the text {@link SectionBodies} reads), and the role written beside each key
 * attendee, with the version the editor started from. The key-attendee section's people
 * are the list's, not its text's.
 *
 * @param sections the MC's sections in page order; one more, at the end, adds a section
 * @param keyAttendeeRoles the role of each key attendee in list order, blank for none
 */
public record McTextEdit(int version, String description, List<SectionText> sections, List<String> keyAttendeeRoles) {

	/**
	 * The page where an MC's text is edited, with the event's and the MC's slug as
	 * {@code {event}} and {@code {mc}}; here, so that the page's controller and every
	 * link to it (the leads' profile) agree.
	 */
	public static final String PAGE_PATH = "/manage/{event}/microconferences/{mc}/edit";

	public static final int MAX_DESCRIPTION_LENGTH = 10_000;

	public static final int MAX_CAPTION_LENGTH = 500;

	public static final int MAX_BODY_LENGTH = 10_000;

	public static final int MAX_ROLE_LENGTH = 200;

	/**
	 * All the text of one MC together, so that its audit entry (the text before and
	 * after) stays within what the log stores.
	 */
	public static final int MAX_TOTAL_LENGTH = 30_000;

	public McTextEdit {
		sections = List.copyOf(sections);
		keyAttendeeRoles = List.copyOf(keyAttendeeRoles);
	}

	/**
	 * @param kind what the section holds, for the form to show; {@code null} for the
	 * section a form adds. A save keeps each stored section's kind whatever this says.
	 */
	public record SectionText(SectionKind kind, String caption, String body) {
	}

	/** The path of the page where the MC of that event is edited. */
	public static String pagePath(String eventSlug, Microconference mc) {
		return PAGE_PATH.replace("{event}", UriUtils.encodePathSegment(eventSlug, "UTF-8"))
			.replace("{mc}", UriUtils.encodePathSegment(mc.slug(), "UTF-8"));
	}

	/** The MC's text as it is now, with one empty section to add at the end. */
	public static McTextEdit of(Microconference mc) {
		List<SectionText> sections = new ArrayList<>(mc.sections()
			.stream()
			.map(section -> new SectionText(section.kind(), section.caption() == null ? "" : section.caption(),
					SectionBodies.format(section.entries())))
			.toList());
		sections.add(new SectionText(null, "", ""));
		List<String> roles = mc.keyAttendees()
			.stream()
			.map(KeyAttendee::role)
			.map(role -> role == null ? "" : role)
			.toList();
		return new McTextEdit(mc.version(), mc.description(), sections, roles);
	}

}
