package org.plumbline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read the actuator beyond the health check's status: a signed-in site admin
 * (asked of the database on every request, as {@link Rights} does), or a metrics scraper
 * that sends the configured scrape token as a bearer token. Prometheus scrapes with a
 * bearer token ({@code authorization: credentials_file:}); it cannot sign in through a
 * form.
 */
@Component
class Operators {

	/**
	 * The role that {@code management.endpoint.health.roles} names: who holds it sees the
	 * health check's details.
	 */
	static final String ROLE = "PLUMBLINE_OPERATOR";

	private static final String BEARER = "Bearer ";

	private final Rights rights;

	private final byte[] scrapeToken;

	Operators(Rights rights, MetricsProperties properties) {
		this.rights = rights;
		this.scrapeToken = properties.scrapeToken() == null ? null
				: properties.scrapeToken().getBytes(StandardCharsets.UTF_8);
	}

	boolean allow(HttpServletRequest request, Authentication authentication) {
		return sendsTheScrapeToken(request) || (authentication != null
				&& authentication.getPrincipal() instanceof SignedInAccount me && rights.isSiteAdmin(me.id()));
	}

	boolean sendsTheScrapeToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (scrapeToken == null || authorization == null
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		// compared in constant time, so that the answer's timing tells nothing of the
		// token
		return MessageDigest.isEqual(scrapeToken,
				authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
	}

}
