package org.plumbline.site.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.plumbline.account.SecurityConfiguration;
import org.plumbline.jdbc.DatabaseAvailability;
import org.plumbline.jdbc.DatabaseOutages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a visitor sees while the database cannot be reached: a 503 page (problem+json on
 * the API and for clients that ask for JSON) saying so, with the security headers and a
 * Retry-After, never an error page of a failed site nor a stack trace. It runs after the
 * kept public pages (which go on being served) and ahead of the sessions and Spring
 * Security, which read the database themselves. Once a request has found the database
 * unreachable and {@link DatabaseAvailability} has confirmed it, the next ones are
 * answered at once until it answers again; static assets and the health check still go
 * through. Under a rush, the requests that need the database wait their turn in a
 * {@link RequestLine}, and one whose turn does not come in time is told the site is too
 * busy, as one whose pooled connection did not come is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseOutagePages extends OncePerRequestFilter {

	static final String MESSAGE = "The site's database cannot be reached just now, so this page cannot be shown "
			+ "and nothing can be saved. Nothing you sent before this was lost. Please try again in a minute.";

	static final String PROBLEM_DETAIL = "The database cannot be reached just now; nothing was changed. "
			+ "Try again in a minute.";

	static final String BUSY_MESSAGE = "The site is too busy to answer this just now, so nothing was saved. "
			+ "Please try again in a moment.";

	static final String BUSY_PROBLEM_DETAIL = "The site is too busy to answer just now; nothing was changed. "
			+ "Try again in a moment.";

	static final int RETRY_AFTER_SECONDS = 30;

	private final DatabaseAvailability availability;

	private final TemplateEngine templates;

	private final RequestLine line;

	DatabaseOutagePages(DatabaseAvailability availability, TemplateEngine templates, MeterRegistry meters,
			@Value("${plumbline.requests.at-once}") int atOnce,
			@Value("${plumbline.requests.longest-wait}") Duration longestWait) {
		this.availability = availability;
		this.templates = templates;
		this.line = new RequestLine(atOnce, longestWait, meters);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean needsTheDatabase = needsTheDatabase(request);
		if (!availability.isReachable() && needsTheDatabase) {
			answer503(request, response, MESSAGE, PROBLEM_DETAIL);
			return;
		}
		HttpServletRequest read = request;
		HttpServletResponse answered = response;
		RequestLine.Place place = null;
		if (needsTheDatabase && waitsInLine(request)) {
			read = BodyReadFirst.of(request);
			place = line.enter();
			if (place == null) {
				answer503(request, response, BUSY_MESSAGE, BUSY_PROBLEM_DETAIL);
				return;
			}
			if (!availability.isReachable()) {
				place.leave();
				answer503(request, response, MESSAGE, PROBLEM_DETAIL);
				return;
			}
			answered = new LeavesLineWhenAnswered(response, place);
		}
		try {
			chain.doFilter(read, answered);
		}
		catch (RuntimeException | ServletException | IOException failure) {
			boolean outage = DatabaseOutages.isOutage(failure);
			if (outage) {
				availability.suspect(failure);
			}
			if (response.isCommitted() || !(outage || DatabaseOutages.isBusy(failure))) {
				throw failure;
			}
			response.reset();
			answer503(request, response, outage ? MESSAGE : BUSY_MESSAGE,
					outage ? PROBLEM_DETAIL : BUSY_PROBLEM_DETAIL);
		}
		finally {
			if (place != null) {
				place.leave();
			}
		}
	}

	/**
	 * Whether the request waits its turn. An upload would keep its place for as long as
	 * the browser takes to send the file, minutes on a slow line; the operators' metrics
	 * are read while the site is busiest.
	 */
	private static boolean waitsInLine(HttpServletRequest request) {
		String type = request.getContentType();
		String path = path(request);
		return !path.startsWith("/actuator/")
				&& (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	/** Gives the request's place back as soon as its answer starts going out. */
	private static final class LeavesLineWhenAnswered extends OnCommittedResponseWrapper {

		private final RequestLine.Place place;

		LeavesLineWhenAnswered(HttpServletResponse response, RequestLine.Place place) {
			super(response);
			this.place = place;
		}

		@Override
		protected void onResponseCommitted() {
			place.leave();
		}

	}

	private static boolean needsTheDatabase(HttpServletRequest request) {
		String path = path(request);
		return !path.startsWith("/assets/") && !path.startsWith("/actuator/health");
	}

	/**
	 * The path the container resolved: decoded, its dot segments removed. The URI as sent
	 * may say {@code /assets/../manage/...}, which is no asset.
	 */
	private static String path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

	private void answer503(HttpServletRequest request, HttpServletResponse response, String message,
			String problemDetail) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		TomcatErrorReports.SiteErrorReportValve.SECURITY_HEADERS.forEach(response::setHeader);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setCharacterEncoding("UTF-8");
		if (wantsJson(request)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JsonMapper.shared().writeValueAsString(problem(request, problemDetail)));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			StringOutput page = new StringOutput();
			templates.render("site/error.jte", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "heading",
					"Temporarily unavailable", "message", message), page);
			response.getWriter().write(page.toString());
		}
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String path = path(request);
		if (path.startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	private static Map<String, Object> problem(HttpServletRequest request, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
		problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		return problem;
	}

}
