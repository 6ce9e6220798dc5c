package org.plumbline.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import of another system's schedule did: what it imported, in counts, and each
 * line of what it warned about or left out, with where in the file.
 *
 * @param format the format the file was read as, such as "frab schedule XML"
 * @param newPersons speakers stored as new persons
 * @param links talks' links stored as their materials
 * @param recordings talks' videos stored as their sessions' recordings
 * @param placed talks placed in the draft timetable
 * @param releasedVersion the timetable version released with the placed talks, or null
 * when none was released
 * @param notReleasedBecause why the placed talks were not released (the conflicts that
 * refuse a release, such as a speaker in two rooms at once), or null
 * @param warnings rules of the format the file breaks; what they concern was imported as
 * far as it could be
 * @param skipped what was left out, and why
 * @param matches each speaker matched to a person stored before, by identity key, so that
 * an admin can see, and undo, a false match
 */
public record ScheduleImportReport(String slug, String fileName, String format, int days, int rooms, int tracks,
		int talks, int newPersons, int links, int recordings, int placed, Integer releasedVersion,
		String notReleasedBecause, List<EventFileProblem> warnings, List<EventFileProblem> skipped,
		List<Match> matches) {

	/**
	 * A speaker the file names, taken for a person stored before.
	 *
	 * @param nameAsWritten the speaker's name in the file
	 * @param personName the person's shown name before the import
	 */
	public record Match(String nameAsWritten, long personId, String personName) {

		@Override
		public String toString() {
			return "\"" + nameAsWritten + "\" is the stored person \"" + personName + "\" (id " + personId + ")";
		}

	}

	public ScheduleImportReport {
		warnings = List.copyOf(warnings);
		skipped = List.copyOf(skipped);
		matches = List.copyOf(matches);
	}

	/** Speakers matched to a person stored before, by identity key. */
	public int matchedPersons() {
		return matches.size();
	}

	/**
	 * One line for a user: "Imported democon from pretalx-democon.json (c3voc schedule
	 * JSON): 3 days, 2 rooms, 5 tracks, 20 talks, 20 persons (18 new, 2 matched), 4
	 * links, 2 recordings; 20 talks placed, timetable version 1 released".
	 */
	public String summary() {
		String summary = "Imported " + slug + " from " + fileName + " (" + format + "): " + count(days, "day", "days")
				+ ", " + count(rooms, "room", "rooms") + ", " + count(tracks, "track", "tracks") + ", "
				+ count(talks, "talk", "talks") + ", " + count(newPersons + matchedPersons(), "person", "persons")
				+ " (" + newPersons + " new, " + matchedPersons() + " matched), " + count(links, "link", "links") + ", "
				+ count(recordings, "recording", "recordings") + "; " + count(placed, "talk", "talks") + " placed";
		return releasedVersion == null ? summary + ", no timetable released"
				: summary + ", timetable version " + releasedVersion + " released";
	}

	/**
	 * The summary, then a line per speaker matched to a stored person, per warning and
	 * per element left out, as printed.
	 */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(summary());
		if (notReleasedBecause != null) {
			lines.add("timetable: " + notReleasedBecause);
		}
		matches.forEach(match -> lines.add("matched: " + match));
		warnings.forEach(warning -> lines.add("warning: " + warning));
		skipped.forEach(left -> lines.add("skipped: " + left));
		return lines;
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
