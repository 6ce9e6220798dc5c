package org.plumbline.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the problems of a form's fields, so that all are told at once:
 * {@code new FieldChecks().required("name", name, 200).throwIfAny()}. Text is trimmed;
 * blank optional text becomes null.
 */
public final class FieldChecks {

	private static final DateTimeFormatter TYPED_LOCAL_TIME = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN_LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm",
			Locale.ENGLISH);

	private final Map<String, String> problems = new LinkedHashMap<>();

	/** Trimmed text that must be present and fit, or null after recording the problem. */
	public String required(String field, String value, int maxLength) {
		String text = optional(field, value, maxLength);
		if (text == null && !problems.containsKey(field)) {
			problems.put(field, "This field is required.");
		}
		return text;
	}

	/** Trimmed text, null if blank, or null after recording that it does not fit. */
	public String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			problems.put(field, "At most " + maxLength + " characters fit; this has " + length + ".");
			return null;
		}
		return text;
	}

	/**
	 * A review score chosen on a form, from {@code min} to {@code max}; "+2" is read as
	 * 2, since that is how the forms show the best score. Null after recording the
	 * problem.
	 */
	public Integer score(String field, String value, int min, int max) {
		String typed = value == null ? "" : value.strip();
		Integer score;
		try {
			score = Integer.valueOf(typed.startsWith("+") ? typed.substring(1) : typed);
		}
		catch (NumberFormatException notANumber) {
			score = null;
		}
		if (score == null || score < min || score > max) {
			problems.put(field, "Choose a score from " + min + " to +" + max + ".");
			return null;
		}
		return score;
	}

	/**
	 * Trimmed text typed into a form, which must be present and fit: as
	 * {@link #optionalText}, and required.
	 */
	public String requiredText(String field, String value, int maxLength) {
		String text = optionalText(field, value, maxLength);
		if (text == null && !problems.containsKey(field)) {
			problems.put(field, "This field is required.");
		}
		return text;
	}

	/**
	 * Trimmed text typed into a form, null if blank, with every line break as a newline
	 * (browsers send carriage returns with them); null after recording that it does not
	 * fit or holds a control character other than newline and tab. Nobody types those,
	 * pages do not show them, and JSON writes most as six characters, so that a text
	 * within its length would no longer fit the audit log.
	 */
	public String optionalText(String field, String value, int maxLength) {
		String text = optional(field, value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'),
				maxLength);
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\t') {
				problems.put(field,
						"Character %d is an invisible control character (U+%04X); line breaks and tabs are the only ones allowed."
							.formatted(text.codePointCount(0, i) + 1, (int) c));
				return null;
			}
		}
		return text;
	}

	/**
	 * Trimmed one-line text typed into a form (a name, a title), which must be present
	 * and fit: as {@link #optionalLine}, and required.
	 */
	public String requiredLine(String field, String value, int maxLength) {
		String text = optionalLine(field, value, maxLength);
		if (text == null && !problems.containsKey(field)) {
			problems.put(field, "This field is required.");
		}
		return text;
	}

	/**
	 * Trimmed one-line text, null if blank; null after recording that it does not fit or
	 * holds a line break, a tab or another control character. A name or a title is shown
	 * in lists, headers and mail subjects, where a hidden line break would split it.
	 */
	public String optionalLine(String field, String value, int maxLength) {
		String text = optional(field, value, maxLength);
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c)) {
				problems.put(field, (c == '\n' || c == '\r'
						? "Character %d is a line break (U+%04X); this field is one line."
						: "Character %d is an invisible control character (U+%04X); this field is one line of text.")
					.formatted(text.codePointCount(0, i) + 1, (int) c));
				return null;
			}
		}
		return text;
	}

	/**
	 * The instant of a date and time typed in a {@code datetime-local} field in the zone
	 * ("2027-05-03T10:00"), read strictly: "2027-02-30T10:00" is no date, and a time the
	 * zone skips (clocks going forward) is refused rather than moved by the gap, since
	 * the organiser meant a time on the clock. A time the zone has twice is the earlier
	 * one. Null after recording the problem.
	 */
	public Instant localTime(String field, String value, ZoneId zone) {
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(value == null ? "" : value.strip().replace(' ', 'T'), TYPED_LOCAL_TIME);
		}
		catch (DateTimeException malformed) {
			problems.put(field, "Give a date and time such as 2027-05-03T10:00.");
			return null;
		}
		Optional<String> skipped = skipped(local, zone);
		if (skipped.isPresent()) {
			problems.put(field, skipped.get());
			return null;
		}
		return local.atZone(zone).toInstant();
	}

	/**
	 * Why a time on the clock names no instant in the zone (the clocks skip it when they
	 * go forward), or empty when it names one.
	 */
	public static Optional<String> skipped(LocalDateTime local, ZoneId zone) {
		return zone.getRules().getValidOffsets(local).isEmpty() ? Optional.of(SHOWN_LOCAL_TIME.format(local)
				+ " does not exist in " + zone.getId() + ": the clocks skip it when they go forward.")
				: Optional.empty();
	}

	/** Records a problem found by a rule of the caller's, if there is one. */
	public FieldChecks check(String field, Optional<String> problem) {
		problem.ifPresent(message -> problems.putIfAbsent(field, message));
		return this;
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
	}

}
