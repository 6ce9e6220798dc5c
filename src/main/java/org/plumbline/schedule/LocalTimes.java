package org.plumbline.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A date and time typed in the event's zone, read strictly: "2027-02-30T10:00" is no
 * date, and a local time the zone skips (a daylight-saving gap) names no instant, so it
 * is refused rather than moved by the gap, as organisers declaring when someone is away
 * mean a time on the clock. A time the zone has twice (the hour after clocks go back) is
 * the earlier one.
 */
final class LocalTimes {

	static final String EXAMPLE = "Give a date and time such as 2027-05-03T10:00.";

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);

	private LocalTimes() {
	}

	/** What a {@code datetime-local} field shows for an instant in the zone. */
	static String field(Instant instant, ZoneId zone) {
		return TYPED.withZone(zone).format(instant);
	}

	/**
	 * The instant, or the problem in words: a missing or malformed value, or a time the
	 * zone skips.
	 */
	static Parsed parse(String typed, ZoneId zone) {
		if (typed == null || typed.isBlank()) {
			return Parsed.problem(EXAMPLE);
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(typed.strip().replace(' ', 'T'), TYPED);
		}
		catch (DateTimeException malformed) {
			return Parsed.problem(EXAMPLE);
		}
		if (skipped(local, zone)) {
			return Parsed.problem(skippedInWords(local, zone));
		}
		return new Parsed(local.atZone(zone).toInstant(), null);
	}

	/**
	 * The instant of a time on the clock in the zone, as {@link #parse} reads a typed
	 * one.
	 * @throws TimetableRefusedException for a time the zone skips
	 */
	static Instant onTheClock(LocalDateTime local, ZoneId zone) {
		if (skipped(local, zone)) {
			throw new TimetableRefusedException(skippedInWords(local, zone));
		}
		return local.atZone(zone).toInstant();
	}

	private static boolean skipped(LocalDateTime local, ZoneId zone) {
		return zone.getRules().getValidOffsets(local).isEmpty();
	}

	private static String skippedInWords(LocalDateTime local, ZoneId zone) {
		return SHOWN.format(local) + " does not exist in " + zone.getId()
				+ ": the clocks skip it when they go forward.";
	}

	/** Either an instant or a problem. */
	record Parsed(Instant instant, String problem) {

		static Parsed problem(String problem) {
			return new Parsed(null, problem);
		}

		Optional<String> problemText() {
			return Optional.ofNullable(problem);
		}

	}

}
