package org.plumbline.importer.domain;

import java.util.List;
import java.util.Locale;

import org.plumbline.importer.EventFileException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/**
 * Explains a constraint the database enforced during an import in the file's terms. The
 * validator catches what it can know from the file; what depends on other events (a GUID
 * another event uses, an event created meanwhile by another import) only the database
 * sees.
 */
public final class DatabaseRefusal {

	private DatabaseRefusal() {
	}

	static EventFileException ofEvent(DataIntegrityViolationException ex, LocatedJson source) {
		String reason = reason(ex);
		String lower = fullMessage(ex).toLowerCase(Locale.ROOT);
		if (lower.contains("event_slug_unique")) {
			String slug = source.root().path("event").path("slug").asString("");
			return new EventFileException(source.problem("/event/slug", "event \"" + slug
					+ "\" was created by someone else meanwhile; import with --replace to overwrite it"));
		}
		if (lower.contains("room_guid_unique")) {
			List<JsonNode> rooms = Findings.elements(source.root().get("rooms"));
			for (int i = 0; i < rooms.size(); i++) {
				String guid = rooms.get(i).path("guid").asString("");
				if (!guid.isEmpty() && lower.contains(guid.toLowerCase(Locale.ROOT))) {
					return new EventFileException(source.problem("/rooms/" + i + "/guid",
							"guid " + guid + " is already used by a room of another event"));
				}
			}
			return new EventFileException(source.problem("/rooms", "a room's guid is already used by another event"));
		}
		return new EventFileException(source.problem("/event", "the database refused the event: " + reason));
	}

	static EventFileException ofMicroconference(DataIntegrityViolationException ex, LocatedJson source, int index) {
		String reason = reason(ex);
		String pointer = "/microconferences/" + index;
		if (fullMessage(ex).toLowerCase(Locale.ROOT).contains("microconference_guid_unique")) {
			String guid = source.root().at(pointer + "/guid").asString("");
			return new EventFileException(source.problem(pointer + "/guid",
					"guid " + guid + " is already used by a microconference of another event"));
		}
		return new EventFileException(source.problem(pointer, "the database refused this microconference: " + reason));
	}

	static EventFileException ofTicketType(DataIntegrityViolationException ex, LocatedJson source, int index) {
		return new EventFileException(
				source.problem("/ticketTypes/" + index, "the database refused this ticket type: " + reason(ex)));
	}

	static EventFileException ofTopic(DataIntegrityViolationException ex, LocatedJson source, int index) {
		String pointer = "/topics/" + index;
		if (fullMessage(ex).toLowerCase(Locale.ROOT).contains("topic_guid_unique")) {
			String guid = source.root().at(pointer + "/guid").asString("");
			return new EventFileException(
					source.problem(pointer + "/guid", "guid " + guid + " is already used by a topic of another event"));
		}
		return new EventFileException(source.problem(pointer, "the database refused this topic: " + reason(ex)));
	}

	/**
	 * The database's message with its details (PostgreSQL names the duplicate key on a
	 * second line).
	 */
	private static String fullMessage(DataAccessException ex) {
		return String.valueOf(ex.getMostSpecificCause().getMessage());
	}

	/** The database's own first line, without the SQL statement some drivers append. */
	public static String reason(DataAccessException ex) {
		String message = fullMessage(ex);
		String firstLine = message.lines().findFirst().orElse(message);
		int statement = firstLine.indexOf("; SQL statement:");
		return (statement >= 0 ? firstLine.substring(0, statement) : firstLine).strip();
	}

}
