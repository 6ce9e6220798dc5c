package org.plumbline.material;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Offsets into a recording as people type them: "1:02:03", "42:10" or "95" seconds. */
final class RecordingOffsets {

	private static final Pattern TYPED = Pattern.compile("(?:(\\d{1,2}):)??(?:(\\d{1,3}):)?(\\d{1,5})");

	private RecordingOffsets() {
	}

	/**
	 * @return the offset in seconds, or -1 if the text is no offset (minutes and seconds
	 * after a colon must be below 60)
	 */
	static int parse(String typed) {
		Matcher matcher = TYPED.matcher(typed.strip());
		if (!matcher.matches()) {
			return -1;
		}
		int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
		int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
		int seconds = Integer.parseInt(matcher.group(3));
		boolean colons = matcher.group(2) != null;
		if (colons && (seconds >= 60 || (matcher.group(1) != null && minutes >= 60))) {
			return -1;
		}
		return hours * 3600 + minutes * 60 + seconds;
	}

	static String shown(int seconds) {
		int hours = seconds / 3600;
		int minutes = seconds % 3600 / 60;
		int rest = seconds % 60;
		return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, rest) : "%d:%02d".formatted(minutes, rest);
	}

}
