package org.plumbline.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the kept bytes of a page marked the same for everyone ({@link SharedPages}, or
 * any response marked {@code Cache-Control: public}) while the content revision it was
 * rendered at holds and its clock-given expiry has not come, with a 304 to a client that
 * has it and gzip to one that takes it; otherwise the page is rendered, kept and sent. It
 * runs before the sessions and Spring Security, so a kept page costs neither, and carries
 * the security headers it was rendered with.
 */
final class SharedPageFilter extends OncePerRequestFilter {

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private final ContentRevision revision;

	private final Clock clock;

	private final Cache<String, KeptPage> pages;

	private final int largestPage;

	private final Counter served;

	private final Counter rendered;

	private final String sessionCookie;

	SharedPageFilter(ContentRevision revision, Clock clock, Cache<String, KeptPage> pages, int largestPage,
			MeterRegistry meters, String sessionCookie) {
		this.revision = revision;
		this.sessionCookie = sessionCookie;
		this.clock = clock;
		this.pages = pages;
		this.largestPage = largestPage;
		this.served = Counter.builder("plumbline.shared.pages")
			.tag("outcome", "served")
			.description("Public pages served from the bytes kept of them")
			.register(meters);
		this.rendered = Counter.builder("plumbline.shared.pages")
			.tag("outcome", "kept")
			.description("Public pages rendered and kept")
			.register(meters);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean get = "GET".equals(request.getMethod());
		if (!get && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long current = revision.current();
		String key = key(request);
		KeptPage kept = pages.getIfPresent(key);
		if (kept != null && kept.servableAt(current, clock.instant())) {
			served.increment();
			kept.writeTo(request, response);
			return;
		}
		if (!get) {
			chain.doFilter(request, response);
			return;
		}
		CapturedResponse captured = new CapturedResponse(response, largestPage);
		chain.doFilter(request, captured);
		if (request.isAsyncStarted()) {
			return;
		}
		byte[] body = captured.body();
		if (keepable(request, captured)) {
			KeptPage page = KeptPage.of(current, freshUntil(request, captured), captured, body);
			pages.put(key, page);
			rendered.increment();
			page.writeBodyTo(request, response);
		}
		else {
			captured.release();
		}
	}

	/**
	 * The scheme is part of the key: a page rendered for HTTPS carries the
	 * Strict-Transport-Security header that one for HTTP must not.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return (request.isSecure() ? "s" : "p") + request.getRequestURI() + (query != null ? "?" + query : "");
	}

	/**
	 * A complete 200 marked {@code public}, rendered for a request without a session: a
	 * kept page is served before Spring Security asks who reads it, so only what a
	 * visitor who is not signed in was given is kept, and a private page marked
	 * {@code public} by mistake is still not.
	 */
	private boolean keepable(HttpServletRequest request, CapturedResponse response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.passedOn()
				|| response.getHeader(HttpHeaders.SET_COOKIE) != null
				|| response.getHeader(HttpHeaders.CONTENT_ENCODING) != null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl == null || variesByWhoAsks(response)) {
			return false;
		}
		String directives = cacheControl.toLowerCase(Locale.ROOT);
		return directives.contains("public") && !directives.contains("no-store") && !directives.contains("private")
				&& !withSession(request);
	}

	private boolean withSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(sessionCookie));
	}

	/**
	 * A page told apart by anything the request sends but its encoding is not one page.
	 */
	private static boolean variesByWhoAsks(HttpServletResponse response) {
		return response.getHeaders(HttpHeaders.VARY)
			.stream()
			.flatMap(vary -> Arrays.stream(vary.split(",")))
			.map(name -> name.strip().toLowerCase(Locale.ROOT))
			.anyMatch(name -> !name.isEmpty() && !name.equals("accept-encoding"));
	}

	/**
	 * The earlier of the page's own next change by the clock and the end of the freshness
	 * its {@code max-age} gives browsers.
	 */
	private Instant freshUntil(HttpServletRequest request, HttpServletResponse response) {
		Instant until = (Instant) request.getAttribute(SharedPages.FRESH_UNTIL);
		Matcher maxAge = MAX_AGE.matcher(response.getHeader(HttpHeaders.CACHE_CONTROL));
		if (maxAge.find()) {
			Instant stale = clock.instant().plusSeconds(Long.parseLong(maxAge.group(1)));
			until = until == null || stale.isBefore(until) ? stale : until;
		}
		return until;
	}

}
