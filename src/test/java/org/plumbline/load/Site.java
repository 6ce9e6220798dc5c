package org.plumbline.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application as browsers reach it over HTTP/1.1: one shared client that follows no
 * redirect and keeps no cookie, each signed-in user carrying their own session cookie
 * ({@link User}). Every request is timed into the {@link Timings} of its kind, those
 * without an answer included.
 */
final class Site {

	static final Duration REQUEST_TIME_OUT = Duration.ofSeconds(30);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	Site(int port) {
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.base = "http://127.0.0.1:" + port;
	}

	/** An answer: its status, body, redirect target and new session cookie, if any. */
	record Answer(int status, String body, String location, String sessionCookie) {

		boolean redirected() {
			return status == 302 || status == 303;
		}

		Optional<String> csrfToken() {
			return field(CSRF, body);
		}

	}

	Answer get(String path, String sessionCookie, Timings timings) throws IOException, InterruptedException {
		return send(request(path, sessionCookie, REQUEST_TIME_OUT).GET().build(), timings);
	}

	Answer post(String path, String sessionCookie, Map<String, String> form, Timings timings, Duration timeOut)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, sessionCookie, timeOut).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), timings);
	}

	/**
	 * Sends the request again each second while no answer comes (the application is
	 * down), until it answers or {@code giveUpAt} passes.
	 * @throws IOException the last failure, if none answered by then
	 */
	static Answer untilAnswered(Request request, Instant giveUpAt) throws IOException, InterruptedException {
		while (true) {
			try {
				return request.send();
			}
			catch (IOException noAnswer) {
				if (Instant.now().isAfter(giveUpAt)) {
					throw noAnswer;
				}
				Thread.sleep(1000);
			}
		}
	}

	/** One request, sent again by {@link #untilAnswered}. */
	interface Request {

		Answer send() throws IOException, InterruptedException;

	}

	static Optional<String> field(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body == null ? "" : body);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private HttpRequest.Builder request(String path, String sessionCookie, Duration timeOut) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(timeOut)
			.header("Accept", "text/html");
		if (sessionCookie != null) {
			builder.header("Cookie", "SESSION=" + sessionCookie);
		}
		return builder;
	}

	private Answer send(HttpRequest request, Timings timings) throws IOException, InterruptedException {
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			timings.record(sent, System.nanoTime() - sent, response.statusCode());
			String cookie = response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(header -> header.startsWith("SESSION="))
				.map(header -> header.substring("SESSION=".length()).split(";", 2)[0])
				.findFirst()
				.orElse(null);
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null), cookie);
		}
		catch (IOException noAnswer) {
			timings.record(sent, System.nanoTime() - sent, Timings.NO_ANSWER);
			throw noAnswer;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
