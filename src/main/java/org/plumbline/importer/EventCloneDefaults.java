package org.plumbline.importer;

import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plumbline.event.Event;

/** What the clone form proposes before the organiser changes it. */
public final class EventCloneDefaults {

	private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)((?:19|20)\\d\\d)$");

	private EventCloneDefaults() {
	}

	/**
	 * The whole weeks that put the new first day nearest the same date a year later, on
	 * the same weekday.
	 */
	public static int weeks(Event source) {
		long days = ChronoUnit.DAYS.between(source.startDate(), source.startDate().plusYears(1));
		return (int) Math.round(days / 7.0);
	}

	/**
	 * The name or slug with a year at its end bumped by one ("LPC 2026" → "LPC 2027").
	 */
	static String nextYear(String text) {
		Matcher year = TRAILING_YEAR.matcher(text);
		return year.matches() ? year.group(1) + (Integer.parseInt(year.group(2)) + 1) : text;
	}

	public static EventCloneRequest of(Event source) {
		String slug = nextYear(source.slug());
		return new EventCloneRequest(slug.equals(source.slug()) ? "" : slug, nextYear(source.name()),
				Integer.toString(weeks(source)), false);
	}

}
