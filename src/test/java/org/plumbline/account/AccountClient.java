package org.plumbline.account;

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
 * One browser's worth of real HTTP requests to the test server: it keeps its cookies,
 * follows no redirect by itself, and fills in forms the way a browser submits them (with
 * the page's CSRF token).
 */
final class AccountClient {

	private final int port;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	AccountClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
	}

	/** What a browser sends when it opens a page. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET().build());
	}

	HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
	}

	Document page(String path) {
		return Jsoup.parse(get(path).body());
	}

	/**
	 * Opens the page, fills the form whose action is {@code action} with the given fields
	 * over its own (hidden fields and the CSRF token included), and submits it.
	 */
	HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		Element form = page(pagePath).selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new AssertionError("No form posting to " + action + " on " + pagePath);
		}
		Map<String, String> values = new LinkedHashMap<>();
		form.select("input[name]").forEach(input -> values.put(input.attr("name"), input.attr("value")));
		values.putAll(fields);
		return post(action, values);
	}

	/**
	 * Posts the fields with this session's CSRF token, as a form of some page would, for
	 * a request the current pages offer no form for (a stale page, a forged request).
	 */
	HttpResponse<String> postWithToken(String action, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>(fields);
		values.put("_csrf", page("/login").select("input[name=_csrf]").attr("value"));
		return post(action, values);
	}

	/** Posts exactly these fields, without a token unless one is among them. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Signs in and answers where the sign-in form sent the browser. */
	String signIn(String email, String password) {
		HttpResponse<String> response = submit("/login", "/login", Map.of("email", email, "password", password));
		return response.headers()
			.firstValue("Location")
			.map(location -> URI.create(location).getPath()
					+ (URI.create(location).getQuery() == null ? "" : "?" + URI.create(location).getQuery()))
			.orElse("");
	}

	/** The message the sign-in page shows after a refused attempt. */
	String signInError() {
		Element alert = page("/login?error").selectFirst("[role=alert]");
		return alert == null ? "" : alert.text();
	}

	boolean hasSessionCookie() {
		return cookies.getCookieStore().getCookies().stream().anyMatch(cookie -> cookie.getName().equals("SESSION"));
	}

	String sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> cookie.getValue())
			.findFirst()
			.orElseThrow();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
