package org.plumbline.site.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that Spring MVC knows (unknown page or resource, malformed path variable, wrong
 * method...) as pages for clients that accept HTML, but on the API to clients that do not
 * rank HTML first ({@link Problems#wantedOnTheApi}), which get problem+json as on the
 * API's own addresses. Clients that do not accept HTML fall through to the problem+json
 * handler; anything else thrown reaches {@link SiteErrorViewResolver} through the
 * container's error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteErrorHandling {

	@ExceptionHandler(value = { ErrorResponseException.class, ServletException.class, TypeMismatchException.class },
			produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView errorPage(Exception exception, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (Problems.wantedOnTheApi(request)) {
			Problems.answer(response, status(exception));
			// null with the response among the arguments: Spring takes it as answered
			return null;
		}
		if (exception instanceof PageNotFoundException notFound) {
			return ErrorPages.notFound(notFound.heading(), notFound.detail(), notFound.event());
		}
		return ErrorPages.forStatus(status(exception));
	}

	private static HttpStatusCode status(Exception exception) {
		if (exception instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		if (exception instanceof TypeMismatchException) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
