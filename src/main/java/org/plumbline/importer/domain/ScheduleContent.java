package org.plumbline.importer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.plumbline.importer.EventFileProblem;

/**
 * What a schedule file of another system (frab/c3voc XML or JSON, Indico's export API)
 * says about one event, read into one shape whatever the format: what the import writes,
 * with the problems met while reading.
 *
 * @param format the format in words, such as "c3voc schedule JSON"
 * @param name the event's name, never blank
 * @param startDate the first day, never after {@code endDate}
 * @param rooms in the file's order
 * @param talks in the file's order
 * @param warnings rules of the format that the file breaks; what they concern was
 * imported as far as it could be
 * @param skipped elements left out, each with why
 */
public record ScheduleContent(String format, String name, ZoneId zone, LocalDate startDate, LocalDate endDate,
		String venue, List<String> rooms, List<ScheduleTalk> talks, List<EventFileProblem> warnings,
		List<EventFileProblem> skipped) {

	/**
	 * One talk as the file gives it.
	 *
	 * @param place where the talk is in the file, for the report's lines (its message is
	 * empty)
	 * @param guid its GUID in the file if it is a UUID, else null
	 * @param track its track's name, or null for the default track
	 * @param room its room's name, or null when the file names none
	 * @param startsAt null when the file gives no readable start
	 */
	public record ScheduleTalk(EventFileProblem place, UUID guid, String title, String abstractText, String track,
			String room, Instant startsAt, int minutes, List<String> speakers, List<ScheduleLink> links) {

		/** A line of the report about this talk. */
		public EventFileProblem problem(String message) {
			return new EventFileProblem(place.pointer(), place.line(), place.column(), message);
		}

	}

	/**
	 * A link of a talk.
	 *
	 * @param recording whether the file marks it as the talk's video or media
	 */
	public record ScheduleLink(String title, String url, boolean recording) {
	}

}
