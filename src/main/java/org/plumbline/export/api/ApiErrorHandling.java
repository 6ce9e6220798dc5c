package org.plumbline.export.api;

import org.plumbline.jdbc.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API's controllers as problem+json (RFC 9457), whatever the client
 * accepts, and never with a stack trace. These handlers live in the controllers' own
 * class rather than in an advice, because Spring asks a controller's own handlers before
 * any advice, and the site's advice (HTML error pages, highest precedence) would
 * otherwise answer a browser that opens an API address.
 */
abstract class ApiErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> knownProblem(ErrorResponseException exception) {
		return problem(exception.getBody());
	}

	/** A query parameter or path variable that is not of its type ("page=two"). */
	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(TypeMismatchException exception) {
		String name = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: exception.getPropertyName();
		ProblemDetail problem = ApiProblem
			.badParameter(name, name + " must be a whole number, not \"" + exception.getValue() + "\".")
			.getBody();
		return problem(problem);
	}

	/**
	 * Anything else is a 500, but for a database that cannot be reached: that exception
	 * is thrown on, to the filter that answers 503 for the whole site while the database
	 * is away.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception) throws Exception {
		if (exception instanceof ErrorResponse known) {
			return problem(known.getBody());
		}
		if (DatabaseOutages.isOutage(exception) || DatabaseOutages.isBusy(exception)) {
			throw exception;
		}
		log.error("The API failed to answer", exception);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; try again later.");
		return problem(problem);
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
