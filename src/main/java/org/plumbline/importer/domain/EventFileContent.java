package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.event.NewEvent;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.Section;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.schedule.BlockPart;

/**
 * A validated event data file, read into the shapes the facades take; the people in the
 * lists are still names, since which stored person each one is gets decided while
 * importing.
 *
 * @param source the file as read, to place a problem the database finds at its line and
 * column
 * @param people the file's explicit persons by their id
 * @param ticketTypes the ticket types in the file's order
 * @param release the released timetable version the file carries, or null
 */
public record EventFileContent(LocatedJson source, NewEvent event, Map<String, FilePerson> people,
		List<FileMicroconference> microconferences, List<FileTicketType> ticketTypes, FileRelease release) {

	/** An entry of {@code people[]}; {@code guid} is null when the file gives none. */
	public record FilePerson(String id, String name, UUID guid) {
	}

	/**
	 * A name as written in a list, the role written beside it (key attendees), and its
	 * optional pin.
	 */
	public record ListedName(String name, String role, String personRef) {
	}

	/** A ticket type as the organisers' form would type it, with its codes as written. */
	public record FileTicketType(TicketTypeInput input, List<String> codes) {
	}

	public record FileMicroconference(UUID guid, String slug, String title, McStatus status, String description,
			List<Section> sections, List<ListedName> keyAttendees, String leadsCaption, List<ListedName> leads) {
	}

	/**
	 * A released version of the timetable; {@code changeNote} is null when the file gives
	 * none.
	 */
	public record FileRelease(int number, Instant releasedAt, String changeNote, List<FileSession> sessions,
			List<FileBreak> breaks) {
	}

	/**
	 * An MC session: an MC's slug, a room's name, a time block by date and label, and the
	 * part of the block it takes; {@code guid} is null when the file gives none.
	 */
	public record FileSession(String microconference, String room, LocalDate date, String block, BlockPart part,
			UUID guid) {
	}

	/**
	 * A break on a day, in local times of the event's zone; {@code room} is null for a
	 * break in every room, {@code guid} null when the file gives none.
	 */
	public record FileBreak(String title, LocalDate date, LocalTime start, LocalTime end, String room, UUID guid) {
	}

}
