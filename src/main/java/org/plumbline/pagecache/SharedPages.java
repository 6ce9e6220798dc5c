package org.plumbline.pagecache;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;

/**
 * Marks a response as the same bytes for every visitor, signed in or not, until the next
 * change of the database's content: browsers and proxies ask again each time
 * ({@code no-cache}) and get a 304 while it is unchanged, and this instance serves the
 * kept bytes without rendering the page again. A response that depends on who asks must
 * never be marked.
 */
public final class SharedPages {

	static final String FRESH_UNTIL = SharedPages.class.getName() + ".freshUntil";

	private SharedPages() {
	}

	public static void sameForEveryone(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
	}

	/**
	 * As {@link #sameForEveryone(HttpServletResponse)}, for a page that also changes with
	 * the clock (a call's link shown while the call is open): its kept bytes are not
	 * served from that instant on.
	 * @param nextChange the next instant the page changes by the clock alone, if any
	 */
	public static void sameForEveryoneUntil(HttpServletRequest request, HttpServletResponse response,
			Optional<Instant> nextChange) {
		sameForEveryone(response);
		nextChange.ifPresent(instant -> request.setAttribute(FRESH_UNTIL, instant));
	}

}
