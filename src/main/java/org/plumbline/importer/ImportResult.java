package org.plumbline.importer;

/**
 * What an import stored.
 *
 * @param people the distinct persons the event's lists name, whether created or already
 * stored
 * @param timetableVersion the number of the released timetable version the file carried,
 * or {@code null} if it carried none
 * @param timetableSessions the sessions of that version
 */
public record ImportResult(String slug, int microconferences, int rooms, int timeBlocks, int people,
		Integer timetableVersion, int timetableSessions) {

	/**
	 * One line for a user: "Imported lpc2023: 18 microconferences, 3 rooms, 6 time
	 * blocks, 93 people, timetable version 1 with 18 sessions".
	 */
	public String summary() {
		String summary = "Imported " + slug + ": " + count(microconferences, "microconference", "microconferences")
				+ ", " + count(rooms, "room", "rooms") + ", " + count(timeBlocks, "time block", "time blocks") + ", "
				+ count(people, "person", "people");
		return timetableVersion == null ? summary : summary + ", timetable version " + timetableVersion + " with "
				+ count(timetableSessions, "session", "sessions");
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
