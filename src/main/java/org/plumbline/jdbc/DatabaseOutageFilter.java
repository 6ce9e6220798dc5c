package org.plumbline.jdbc;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.jdbc.DatabaseUnavailableAnswers.Why;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that need the database while it cannot be reached, or under a rush: a 503 (in
 * the words of {@link DatabaseUnavailableAnswers}) instead of an error page of a failed
 * site or a stack trace. It runs after the kept public pages (which go on being served)
 * and ahead of the sessions and Spring Security, which read the database themselves. Once
 * a request has found the database unreachable and {@link DatabaseAvailability} has
 * confirmed it, the next ones are answered at once until it answers again; static assets,
 * the health check and the metrics still go through: they answer from memory what they
 * can, and say the database is down (the health check) or give no value for what it would
 * count (the metrics, {@link GroupCounts}), so an outage is seen, not hidden behind a
 * 503. Under a rush, the requests that need the database wait their turn in a
 * {@link RequestLine}, and one whose turn does not come in time is told the site is too
 * busy, as one whose pooled connection did not come is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final DatabaseAvailability availability;

	private final DatabaseUnavailableAnswers answers;

	private final RequestLine line;

	DatabaseOutageFilter(DatabaseAvailability availability, DatabaseUnavailableAnswers answers, MeterRegistry meters,
			@Value("${plumbline.requests.at-once}") int atOnce,
			@Value("${plumbline.requests.longest-wait}") Duration longestWait) {
		this.availability = availability;
		this.answers = answers;
		this.line = new RequestLine(atOnce, longestWait, meters);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean needsTheDatabase = needsTheDatabase(request);
		if (!availability.isReachable() && needsTheDatabase) {
			answers.answer(request, response, Why.UNREACHABLE, false);
			return;
		}
		HttpServletRequest read = request;
		HttpServletResponse answered = response;
		RequestLine.Place place = null;
		if (needsTheDatabase && waitsInLine(request)) {
			read = BodyReadFirst.of(request);
			place = line.enter();
			if (place == null) {
				answers.answer(request, response, Why.TOO_BUSY, false);
				return;
			}
			if (!availability.isReachable()) {
				place.leave();
				answers.answer(request, response, Why.UNREACHABLE, false);
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
			answers.answer(request, response, outage ? Why.UNREACHABLE : Why.TOO_BUSY, writes(request));
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

	/**
	 * Whether the request's method may change something (RFC 9110's safe methods do not).
	 */
	private static boolean writes(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod());
	}

	private static boolean needsTheDatabase(HttpServletRequest request) {
		String path = path(request);
		return !path.startsWith("/assets/") && !path.startsWith("/actuator/health")
				&& !path.equals("/actuator/prometheus");
	}

	/**
	 * The path the container resolved: decoded, its dot segments removed. The URI as sent
	 * may say {@code /assets/../manage/...}, which is no asset.
	 */
	private static String path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

}
