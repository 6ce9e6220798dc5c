package org.plumbline.validation;

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

}
