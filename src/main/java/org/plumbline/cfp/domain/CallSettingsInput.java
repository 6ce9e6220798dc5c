package org.plumbline.cfp.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.cfp.CallTimes;
import org.plumbline.validation.InvalidFields;

/**
 * An organiser's window and durations, read in the event's time zone: each field's
 * problem is collected, so that a form tells all of them at once.
 */
public final class CallSettingsInput {

	private final ZoneId zone;

	private final Map<String, String> problems = new LinkedHashMap<>();

	public CallSettingsInput(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The instant of a local date-time ({@code 2027-03-01T09:00}) in the event's zone, or
	 * null if blank (or after recording the problem). A time that a clock change skips is
	 * moved forward by the gap, as the zone's rules do.
	 */
	public Instant instant(String field, String typed, boolean required) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				problems.put(field, "This field is required.");
			}
			return null;
		}
		Instant instant = CallTimes.parsed(typed, zone).orElse(null);
		if (instant == null) {
			problems.put(field, "Give a date and time such as 2027-03-01T18:00 (" + zone.getId() + ").");
		}
		return instant;
	}

	/** The minutes typed, or null if blank (or after recording the problem). */
	public List<Integer> durations(String field, String typed, boolean required) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				problems.put(field, "This field is required.");
			}
			return null;
		}
		return Durations.parse(typed, problem -> problems.put(field, problem)).orElse(null);
	}

	/**
	 * A whole number from 1 to {@code max} (minutes, days), or null if blank (or after
	 * recording the problem).
	 */
	public Integer positive(String field, String typed, int max, String unit) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(typed.strip());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException malformed) {
			// told below, as a number out of range is
		}
		problems.put(field, "Give a whole number of " + unit + " from 1 to " + max + ".");
		return null;
	}

	/** Records that the window ends before it opens, if both are known. */
	public void closesAfterOpening(String closesField, Instant opensAt, Instant closesAt) {
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			problems.putIfAbsent(closesField, "The call must close after it opens.");
		}
	}

	public void problem(String field, String message) {
		problems.putIfAbsent(field, message);
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
	}

}
