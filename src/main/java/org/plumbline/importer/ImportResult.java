package org.plumbline.importer;

/**
 * What an import stored.
 *
 * @param people the distinct persons the event's lists name, whether created or already
 * stored
 * @param ticketTypes the ticket types the event sells
 * @param timetableVersion the number of the released timetable version the file carried,
 * or {@code null} if it carried none
 * @param timetableSessions the MC sessions of that version
 * @param timetableBreaks the breaks of that version
 */
public record ImportResult(String slug, int microconferences, int rooms, int timeBlocks, int people, int ticketTypes,
		Integer timetableVersion, int timetableSessions, int timetableBreaks) {

	/**
	 * One line for a user: "Imported lpc2023: 18 microconferences, 3 rooms, 6 time
	 * blocks, 93 people, 3 ticket types, timetable version 1 with 18 sessions", with the
	 * ticket types when there are any, and "and 2 breaks" when the version has breaks.
	 */
	public String summary() {
		String summary = "Imported " + slug + ": " + count(microconferences, "microconference", "microconferences")
				+ ", " + count(rooms, "room", "rooms") + ", " + count(timeBlocks, "time block", "time blocks") + ", "
				+ count(people, "person", "people");
		if (ticketTypes > 0) {
			summary += ", " + count(ticketTypes, "ticket type", "ticket types");
		}
		if (timetableVersion == null) {
			return summary;
		}
		summary += ", timetable version " + timetableVersion + " with "
				+ count(timetableSessions, "session", "sessions");
		return timetableBreaks == 0 ? summary : summary + " and " + count(timetableBreaks, "break", "breaks");
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
