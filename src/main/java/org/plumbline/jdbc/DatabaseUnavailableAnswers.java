package org.plumbline.jdbc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the site words the 503 that {@link DatabaseOutageFilter} answers when a request
 * cannot have the database: a page or problem+json, with the site's headers. The filter
 * decides when; the site, which owns the pages, says what.
 */
public interface DatabaseUnavailableAnswers {

	/** Writes the whole answer, status 503 included, on a response not yet committed. */
	void answer(HttpServletRequest request, HttpServletResponse response, Why why) throws IOException;

	/** Why the request cannot have the database. */
	enum Why {

		/** The database cannot be reached. */
		UNREACHABLE,

		/**
		 * The database answers, but the request's turn or its connection did not come in
		 * time.
		 */
		TOO_BUSY

	}

}
