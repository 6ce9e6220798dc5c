package org.plumbline.material;

import java.util.Locale;

/** How a mean rating reads on a page. */
final class Ratings {

	private Ratings() {
	}

	/** "4.3", or empty for a talk nobody rated. */
	static String mean(double mean, int count) {
		return count == 0 ? "" : String.format(Locale.ROOT, "%.1f", mean);
	}

}
