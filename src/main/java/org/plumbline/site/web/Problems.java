package org.plumbline.site.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * The problem+json answers (RFC 9457) of errors that Spring MVC's message converters do
 * not write: Boot's error path, Tomcat's own refusals, the 503s of a missing database and
 * the errors on the API that the site's error handler would answer with a page. The
 * members are {@code type}, {@code title}, {@code status} and {@code detail}, in words
 * written for the reader; never an exception, its class or its message.
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
		if (onTheApi(request)) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/**
	 * Whether an error that Spring MVC would answer with the site's page (the client
	 * accepts HTML) is answered as problem+json instead: on the API, unless the client
	 * ranks HTML first, as a browser that opens an API address does. curl's
	 * {@code *}{@code /*}, no Accept at all, or JSON before HTML get the problem.
	 */
	static boolean wantedOnTheApi(HttpServletRequest request) {
		return onTheApi(request) && !prefersHtml(request.getHeader(HttpHeaders.ACCEPT));
	}

	/** Writes the problem for a status as the whole answer. */
	static void answer(HttpServletResponse response, HttpStatusCode status) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JsonMapper.shared().writeValueAsString(forStatus(status)));
	}

	private static boolean onTheApi(HttpServletRequest request) {
		return path(request).startsWith("/api/");
	}

	/**
	 * Whether text/html comes first among the accepted types, ranked by quality and then
	 * by how specific each is (so {@code text/html;q=0.8, *}{@code /*} ranks anything
	 * first). An Accept header that cannot be read prefers nothing.
	 */
	private static boolean prefersHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
			MimeTypeUtils.sortBySpecificity(accepted);
			MediaType first = accepted.getFirst();
			return first.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(first);
		}
		catch (IllegalArgumentException unreadable) {
			// malformed, or more types than Spring ranks
			return false;
		}
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
