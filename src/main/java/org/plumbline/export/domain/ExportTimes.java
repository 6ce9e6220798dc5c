package org.plumbline.export.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the c3voc formats write them: instants with the event zone's offset of that
 * moment ("2027-10-31T10:00:00+01:00"), local start times ("10:00") and durations
 * ("01:30").
 */
final class ExportTimes {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private ExportTimes() {
	}

	static String withOffset(Instant instant, ZoneId zone) {
		return WITH_OFFSET.format(instant.atZone(zone));
	}

	static String localStart(Instant instant, ZoneId zone) {
		return HOURS_MINUTES.format(instant.atZone(zone));
	}

	static String duration(Duration duration) {
		return String.format(Locale.ROOT, "%02d:%02d", duration.toHours(), duration.toMinutesPart());
	}

}
