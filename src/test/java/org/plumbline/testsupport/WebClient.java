package org.plumbline.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser's worth of real HTTP requests to the test server: it keeps its cookies
 * (unless made {@link #withoutCookies()}), follows no redirect by itself, and submits
 * forms as a browser does, with their hidden fields, text areas, checked choices and CSRF
 * token.
 *
 * <p>
 * The settings are fixed when the client is made, so a test reads which Accept header it
 * sends and whether {@link #page(String)} insists on a 200 where it creates the client.
 */
public final class WebClient {

	/** What a browser sends when it opens a page. */
	public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final int port;

	private final String accept;

	private final boolean pagesMustAnswerOk;

	private final CookieManager cookies;

	private final HttpClient http;

	private WebClient(int port, String accept, boolean pagesMustAnswerOk, boolean keepsCookies) {
		this.port = port;
		this.accept = accept;
		this.pagesMustAnswerOk = pagesMustAnswerOk;
		this.cookies = keepsCookies ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
		HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
		this.http = (keepsCookies ? builder.cookieHandler(this.cookies) : builder).build();
	}

	/**
	 * A browser that keeps its cookies, accepts what browsers accept and parses any page,
	 * whatever its status.
	 */
	public static WebClient browser(int port) {
		return new WebClient(port, BROWSER_ACCEPT, false, true);
	}

	/** The same client, sending this Accept header with pages and forms. */
	public WebClient accepting(String accept) {
		return new WebClient(this.port, accept, this.pagesMustAnswerOk, this.cookies != null);
	}

	/**
	 * The same client, failing the test when {@link #page(String)} answers other than
	 * 200.
	 */
	public WebClient pagesMustAnswerOk() {
		return new WebClient(this.port, this.accept, true, this.cookies != null);
	}

	/**
	 * The same client, forgetting every cookie it is sent, as a fresh visitor each time.
	 */
	public WebClient withoutCookies() {
		return new WebClient(this.port, this.accept, this.pagesMustAnswerOk, false);
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public HttpResponse<String> get(String path) {
		return get(path, this.accept);
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> getJson(String path) {
		return get(path, "application/json");
	}

	/** The raw bytes at a path, asked for without an Accept header. */
	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The page at a path, parsed; it must answer 200 if the client was made to insist.
	 */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (this.pagesMustAnswerOk && response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), uri(path).toString());
	}

	/** The fields a browser would send from the form posting to {@code action}. */
	public Map<String, String> formFields(String pagePath, String action) {
		Element form = page(pagePath).selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new AssertionError("No form posting to " + action + " on " + pagePath);
		}
		Map<String, String> values = new LinkedHashMap<>();
		form.select("input[name]:not([type=radio])")
			.forEach(input -> values.put(input.attr("name"), input.attr("value")));
		form.select("input[type=radio][checked]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
		form.select("textarea[name]").forEach(area -> values.put(area.attr("name"), area.wholeText()));
		return values;
	}

	/**
	 * Opens the page, fills the form posting to {@code action} with the given fields over
	 * its own (hidden fields and the CSRF token included), and submits it to
	 * {@code submitTo} (a button's {@code formaction}, or the form's action).
	 */
	public HttpResponse<String> submit(String pagePath, String action, String submitTo, Map<String, String> fields) {
		Map<String, String> values = formFields(pagePath, action);
		values.putAll(fields);
		return post(submitTo, values);
	}

	public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		return submit(pagePath, action, action, fields);
	}

	/**
	 * Posts the fields with this session's CSRF token, as a form of some page would, for
	 * a request the current pages offer no form for (a stale page, a forged request).
	 */
	public HttpResponse<String> postWithToken(String action, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>(fields);
		values.put("_csrf", page("/login").select("input[name=_csrf]").attr("value"));
		return post(action, values);
	}

	/** Posts exactly these fields, without a token unless one is among them. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", this.accept)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form, as a browser sends a file upload: the fields, then one file
	 * under {@code fileField}.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			String fileName, byte[] file) {
		String boundary = "----plumbline-test-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/json\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", this.accept)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Signs in and answers where the sign-in form sent the browser (path and query). */
	public String signIn(String email, String password) {
		HttpResponse<String> response = submit("/login", "/login", Map.of("email", email, "password", password));
		return response.headers().firstValue("Location").map(location -> {
			URI target = URI.create(location);
			return target.getPath() + (target.getQuery() == null ? "" : "?" + target.getQuery());
		}).orElse("");
	}

	/** Signs in; fails the test if the password is refused. */
	public WebClient signedIn(String email, String password) {
		String location = submit("/login", "/login", Map.of("email", email, "password", password)).headers()
			.firstValue("Location")
			.orElse("");
		if (location.contains("/login")) {
			throw new AssertionError("Signing in as " + email + " was refused");
		}
		return this;
	}

	/** The message the sign-in page shows after a refused attempt. */
	public String signInError() {
		Element alert = page("/login?error").selectFirst("[role=alert]");
		return alert == null ? "" : alert.text();
	}

	public boolean hasSessionCookie() {
		return this.cookies != null && this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.anyMatch(cookie -> cookie.getName().equals("SESSION"));
	}

	public String sessionCookie() {
		if (this.cookies == null) {
			throw new IllegalStateException("This client keeps no cookies");
		}
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> cookie.getValue())
			.findFirst()
			.orElseThrow();
	}

	/** Where a redirect points, as a path on this server. */
	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
