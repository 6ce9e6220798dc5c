package org.plumbline.export.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs of exported events as the c3voc schema's pattern wants them:
 * {@code {event}-{exportNumber}-{title-slug}}, the title folded to lower-case ASCII
 * letters and digits joined by hyphens.
 */
final class ExportSlugs {

	/**
	 * Long titles make unwieldy file names in recording pipelines, which use the slug.
	 */
	private static final int MAX_TITLE_LENGTH = 60;

	/**
	 * For a title with fewer than two Latin letters or digits: the schema wants at least
	 * four characters after the event's slug ("1-ab"), ending in a letter or digit.
	 */
	private static final String TOO_SHORT_TITLE = "event";

	private ExportSlugs() {
	}

	static String of(String eventSlug, int exportNumber, String title) {
		return eventSlug + "-" + exportNumber + "-" + titleSlug(title);
	}

	static String titleSlug(String title) {
		String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (folded.length() > MAX_TITLE_LENGTH) {
			folded = folded.substring(0, MAX_TITLE_LENGTH).replaceAll("-+$", "");
		}
		return folded.length() < 2 ? TOO_SHORT_TITLE : folded;
	}

}
