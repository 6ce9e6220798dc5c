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

	/**
	 * Writes the whole answer, status 503 included, on a response not yet committed.
	 * @param mayHaveSaved whether a request that writes failed after the application had
	 * begun on it, so that its work may have been committed (a session's write-back timed
	 * out after the form's transaction, say); false when it was answered before it ran
	 */
	void answer(HttpServletRequest request, HttpServletResponse response, Why why, boolean mayHaveSaved)
			throws IOException;

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
