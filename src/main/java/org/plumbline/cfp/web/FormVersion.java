package org.plumbline.cfp.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The version a form was opened at, sent back in a hidden field. Forms bind it as text,
 * so that binding never fails before the page has checked who asks.
 */
final class FormVersion {

	private FormVersion() {
	}

	/**
	 * @throws ResponseStatusException 400 if the hidden field is missing or was altered
	 */
	static int parse(String version) {
		try {
			return Integer.parseInt(version == null ? "" : version.strip());
		}
		catch (NumberFormatException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version must be a number, not " + version);
		}
	}

}
