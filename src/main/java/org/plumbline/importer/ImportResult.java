package org.plumbline.importer;

/**
 * What an import stored.
 *
 * @param people the distinct persons the event's lists name, whether created or already
 * stored
 */
public record ImportResult(String slug, int microconferences, int rooms, int timeBlocks, int people) {

	/**
	 * One line for a user: "Imported lpc2023: 18 microconferences, 3 rooms, 6 time
	 * blocks, 93 people".
	 */
	public String summary() {
		return "Imported " + slug + ": " + count(microconferences, "microconference", "microconferences") + ", "
				+ count(rooms, "room", "rooms") + ", " + count(timeBlocks, "time block", "time blocks") + ", "
				+ count(people, "person", "people");
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
