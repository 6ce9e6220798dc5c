package org.plumbline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event as an event data file, and what of its released timetable the format could not
 * carry.
 *
 * @param json the file's bytes, UTF-8
 */
public record ExportedEventFile(byte[] json, LeftOut leftOut) {

	/**
	 * What of the released version the file leaves out (docs/event-data-file.md, "Not
	 * carried yet").
	 *
	 * @param talks the talks of every session: the format has no topics to name
	 * @param trackSessions plain tracks' sessions: the format has no plain tracks
	 * @param mcSessionsOffTheBlocks MC sessions that no longer fill a time block or one
	 * half of it (the block was changed after the release), which the format cannot name
	 */
	public record LeftOut(int talks, int trackSessions, int mcSessionsOffTheBlocks) {

		public static final LeftOut NOTHING = new LeftOut(0, 0, 0);

		/**
		 * One line for a user, such as "Left out of the file, which cannot carry them
		 * yet: 3 talks (the format has no topics), 1 plain track's session (the format
		 * has no plain tracks)"; empty when nothing was left out.
		 */
		public Optional<String> note() {
			List<String> parts = new ArrayList<>();
			if (talks > 0) {
				parts.add(count(talks, "talk", "talks") + " (the format has no topics)");
			}
			if (trackSessions > 0) {
				parts.add(count(trackSessions, "plain track's session", "plain tracks' sessions")
						+ " (the format has no plain tracks)");
			}
			if (mcSessionsOffTheBlocks > 0) {
				parts.add(count(mcSessionsOffTheBlocks, "MC session that fills", "MC sessions that fill")
						+ " neither a time block nor half of one (the format places sessions by block)");
			}
			return parts.isEmpty() ? Optional.empty()
					: Optional.of("Left out of the file, which cannot carry them yet: " + String.join(", ", parts));
		}

		private static String count(int n, String one, String many) {
			return n + " " + (n == 1 ? one : many);
		}

	}

}
