package org.plumbline.review.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The version a form was opened at, sent back in a hidden field. */
final class FormVersions {

	private FormVersions() {
	}

	/**
	 * The version, or {@code null} for an empty field (a form for something that did not
	 * exist yet).
	 * @throws ResponseStatusException 400 if the hidden field was altered
	 */
	static Integer parse(String version) {
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

	/** As {@link #parse}, where a missing version counts as 0 (nothing saved yet). */
	static int parseOrZero(String version) {
		Integer parsed = parse(version);
		return parsed == null ? 0 : parsed;
	}

}
