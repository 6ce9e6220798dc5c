package org.plumbline.cfp;

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
 * follows no redirect by itself, and submits forms as a browser does, with their hidden
 * fields, text areas, checked choices and CSRF token.
 */
final class CfpClient {

	private final int port;

	private final HttpClient http;

	CfpClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/** The page, which must answer 200. */
	Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body());
	}

	/** The fields a browser would send from the form posting to {@code action}. */
	Map<String, String> formFields(String pagePath, String action) {
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
	 * its own, and submits it.
	 */
	HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		Map<String, String> values = formFields(pagePath, action);
		values.putAll(fields);
		return post(action, values);
	}

	/** Posts exactly these fields, without a token unless one is among them. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Signs in; fails the test if the password is refused. */
	CfpClient signIn(String email, String password) {
		String location = submit("/login", "/login", Map.of("email", email, "password", password)).headers()
			.firstValue("Location")
			.orElse("");
		if (location.contains("/login")) {
			throw new AssertionError("Signing in as " + email + " was refused");
		}
		return this;
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
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
