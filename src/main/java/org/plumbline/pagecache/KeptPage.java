package org.plumbline.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The bytes and headers of a page as it was rendered under one content revision, with a
 * gzip copy for clients that accept one.
 *
 * @param freshUntil the instant from which the page would be rendered otherwise by the
 * clock alone, or {@code null}
 * @param headers the headers rendered with it, security headers included, but for those
 * that describe one transfer (length, date, cookies)
 */
record KeptPage(long revision, Instant freshUntil, List<Map.Entry<String, String>> headers, String etag, byte[] body,
		byte[] gzipped) {

	/** Headers that belong to one response, not to the page. */
	private static final Set<String> PER_RESPONSE = Set.of("content-length", "date", "set-cookie", "transfer-encoding",
			"content-encoding", "keep-alive", "connection", "etag", "vary");

	/** Below this, gzip saves less than its own cost. */
	private static final int GZIP_FROM = 1024;

	static KeptPage of(long revision, Instant freshUntil, HttpServletResponse response, byte[] body) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		String etag = response.getHeader(HttpHeaders.ETAG);
		return new KeptPage(revision, freshUntil, List.copyOf(headers), etag != null ? etag : Etags.strong(body), body,
				compressible(response.getContentType()) && body.length >= GZIP_FROM ? gzip(body) : null);
	}

	boolean servableAt(long currentRevision, Instant now) {
		return revision == currentRevision && (freshUntil == null || now.isBefore(freshUntil));
	}

	int weight() {
		return body.length + (gzipped != null ? gzipped.length : 0);
	}

	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		headers.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		writeBodyTo(request, response);
	}

	/**
	 * Its tag, and its bytes unless the client has them, to a response that has its other
	 * headers already: the one it was rendered for.
	 */
	void writeBodyTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = gzipped != null && acceptsGzip(request);
		String tag = gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
		response.setHeader(HttpHeaders.ETAG, tag);
		if (gzipped != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (unchangedFor(request, tag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] bytes = gzip ? gzipped : body;
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * Whether the client has these bytes: by their tag, or, when it sends none, by the
	 * date the page was last modified (RFC 9110, 13.2.2).
	 */
	private boolean unchangedFor(HttpServletRequest request, String tag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			return matches(ifNoneMatch, tag);
		}
		String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
		String lastModified = header(HttpHeaders.LAST_MODIFIED);
		if (since == null || lastModified == null) {
			return false;
		}
		try {
			return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
				.isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME));
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private String header(String name) {
		return headers.stream()
			.filter(header -> header.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static boolean matches(String ifNoneMatch, String tag) {
		String bare = tag.startsWith("W/") ? tag.substring(2) : tag;
		for (String candidate : ifNoneMatch.split(",")) {
			String trimmed = candidate.strip();
			if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(bare)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the client takes gzip: named, and not with {@code q=0}. */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.contains("json") || type.contains("xml")
				|| type.startsWith("application/javascript");
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
			zipped.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
