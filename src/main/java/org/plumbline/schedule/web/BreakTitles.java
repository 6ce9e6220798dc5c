package org.plumbline.schedule.web;

import org.plumbline.schedule.TimetableRefusedException;

/** A break's words, as its column holds them ("Lunch", "Coffee"). */
final class BreakTitles {

	static final int MAX_LENGTH = 200;

	private BreakTitles() {
	}

	static String checked(String title) {
		String stripped = title == null ? "" : title.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
			throw new TimetableRefusedException(
					"Title: say what the break is (\"Lunch\"), in at most " + MAX_LENGTH + " characters.");
		}
		return stripped;
	}

}
