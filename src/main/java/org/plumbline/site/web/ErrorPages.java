package org.plumbline.site.web;

import java.util.HashMap;
import java.util.Map;

import org.plumbline.event.Event;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages: {@code site/not-found} for 404, {@code site/error} for every other
 * status.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	static ModelAndView notFound(String heading, String message, Event event) {
		Map<String, Object> model = new HashMap<>();
		model.put("heading", heading);
		model.put("message", message);
		model.put("event", event);
		return new ModelAndView("site/not-found", model, HttpStatus.NOT_FOUND);
	}

	static ModelAndView forStatus(HttpStatusCode status) {
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return notFound("Page not found",
					"There is no page at this address. It may have moved, or the " + "address may be mistyped.", null);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.value());
		model.put("heading", heading(status));
		model.put("message", message(status));
		return new ModelAndView("site/error", model, status);
	}

	static String heading(HttpStatusCode status) {
		if (status.value() == HttpStatus.FORBIDDEN.value()) {
			return "Not allowed";
		}
		if (status.is5xxServerError()) {
			return "Something went wrong";
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return known != null ? known.getReasonPhrase() : "Error";
	}

	static String message(HttpStatusCode status) {
		if (status.value() == HttpStatus.FORBIDDEN.value()) {
			return "This page or action is not open to the public.";
		}
		if (status.is5xxServerError()) {
			return "The server could not show this page. The error has been logged; please try again later.";
		}
		return "The server could not answer this request as it was sent.";
	}

}
