package org.plumbline.importer;

import java.util.Optional;

/**
 * An event as an event data file, and what of its timetables the format could not carry.
 *
 * @param json the file's bytes, UTF-8
 */
public record ExportedEventFile(byte[] json, LeftOut leftOut) {

	/**
	 * What of the event's timetables the file leaves out (docs/event-data-file.md,
	 * "Timetable").
	 *
	 * @param sessionsOffTheBlocks sessions of every version and the draft that no longer
	 * fill a time block or one half of it (the block was changed after they were placed),
	 * which the format cannot name
	 * @param talksInThem the talks of those sessions
	 */
	public record LeftOut(int sessionsOffTheBlocks, int talksInThem) {

		public static final LeftOut NOTHING = new LeftOut(0, 0);

		public LeftOut plus(LeftOut other) {
			return new LeftOut(sessionsOffTheBlocks + other.sessionsOffTheBlocks, talksInThem + other.talksInThem);
		}

		/**
		 * One line for a user, such as "Left out of the file, which cannot carry them: 1
		 * session that fills neither a time block nor half of one (the format places
		 * sessions by block), with 3 talks"; empty when nothing was left out.
		 */
		public Optional<String> note() {
			if (sessionsOffTheBlocks == 0) {
				return Optional.empty();
			}
			String note = "Left out of the file, which cannot carry them: "
					+ count(sessionsOffTheBlocks, "session that fills", "sessions that fill")
					+ " neither a time block nor half of one (the format places sessions by block)";
			return Optional.of(talksInThem == 0 ? note : note + ", with " + count(talksInThem, "talk", "talks"));
		}

		private static String count(int n, String one, String many) {
			return n + " " + (n == 1 ? one : many);
		}

	}

}
