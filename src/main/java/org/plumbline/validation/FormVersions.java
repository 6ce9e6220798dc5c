package org.plumbline.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The version a form was opened at, sent back in a hidden field for optimistic locking.
 * Forms bind it as text, so that binding never fails before the page has checked who
 * asks; a missing or altered field is a 400, never a stack trace.
 */
public final class FormVersions {

	private FormVersions() {
	}

	/**
	 * @throws ResponseStatusException 400 if the hidden field is missing or was altered
	 */
	public static int required(String version) {
		Integer parsed = optional(version);
		if (parsed == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form's version is missing.");
		}
		return parsed;
	}

	/**
	 * The version, or {@code null} for an empty field (a form for something that did not
	 * exist yet).
	 * @throws ResponseStatusException 400 if the hidden field was altered
	 */
	public static Integer optional(String version) {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(version.strip());
		}
		catch (NumberFormatException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version must be a number, not " + version);
		}
	}

	/** As {@link #optional}, where an empty field counts as 0 (nothing saved yet). */
	public static int orZero(String version) {
		Integer parsed = optional(version);
		return parsed == null ? 0 : parsed;
	}

	/**
	 * The checked boxes of a form that acts on several things at once, each box's value
	 * {@code id:version:otherVersion} (a thing and the two versions its page showed, such
	 * as a topic's and its decision's), by id in the form's order.
	 * @param name the boxes' field name, for the 400's reason
	 * @param values the boxes' values, or {@code null} when none was checked
	 * @throws ResponseStatusException 400 if a value was altered
	 */
	public static <T> Map<Long, T> checked(String name, List<String> values, BiFunction<Integer, Integer, T> versions) {
		Map<Long, T> checked = new LinkedHashMap<>();
		for (String value : values == null ? List.<String>of() : values) {
			String[] parts = value.split(":", -1);
			try {
				if (parts.length != 3) {
					throw new NumberFormatException(value);
				}
				checked.put(Long.valueOf(parts[0]),
						versions.apply(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
			}
			catch (NumberFormatException malformed) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						name + " must be id:version:version, not " + value);
			}
		}
		return checked;
	}

}
