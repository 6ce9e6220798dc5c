package org.plumbline.export.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API answers with a problem (RFC 9457) instead of data: an unknown event,
 * a timetable not released yet, a bad query parameter.
 */
final class ApiProblem extends ErrorResponseException {

	/** The extension member that names the query parameter a 400 is about. */
	static final String PARAMETER = "parameter";

	private ApiProblem(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	static ApiProblem unknownEvent(String slug) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Unknown event", "There is no event \"" + slug + "\".");
	}

	static ApiProblem noReleasedSchedule(String eventName) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "No released timetable",
				eventName + " has not released a timetable yet.");
	}

	static ApiProblem badParameter(String name, String detail) {
		ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "Bad query parameter", detail);
		problem.getBody().setProperty(PARAMETER, name);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
