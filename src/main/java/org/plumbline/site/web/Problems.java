package org.plumbline.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * The problem+json answers (RFC 9457) of errors that Spring MVC's message converters do
 * not write: Boot's error path, Tomcat's own refusals and the 503s of a missing database.
 * The members are {@code type}, {@code title}, {@code status} and {@code detail}, in
 * words written for the reader; never an exception, its class or its message.
 */
final class Problems {

	private Problems() {
	}

	/** A problem in the error pages' words for its status. */
	static Map<String, Object> forStatus(HttpStatusCode status) {
		return of(status, ErrorPages.heading(status), ErrorPages.message(status));
	}

	static Map<String, Object> of(HttpStatusCode status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	/**
	 * Whether an error is answered as problem+json rather than a page: on the API, and to
	 * a client that asks for JSON and not for HTML (the interest script, the sale status
	 * poll).
	 */
	static boolean wantedBy(HttpServletRequest request) {
		if (path(request).startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/**
	 * The path the container resolved (decoded, its dot segments removed), or the URI as
	 * sent for a request Tomcat refused before resolving it.
	 */
	private static String path(HttpServletRequest request) {
		String servletPath = request.getServletPath();
		if (servletPath == null || servletPath.isEmpty()) {
			return request.getRequestURI() == null ? "" : request.getRequestURI();
		}
		String pathInfo = request.getPathInfo();
		return servletPath + (pathInfo == null ? "" : pathInfo);
	}

}
