package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plumbline.account.SecurityConfiguration;
import org.plumbline.testsupport.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, point 5: every error a JSON client gets is problem+json (RFC 9457) with a
 * type, a title, a status and a detail to read, whoever answers it: the application's
 * handlers, Boot's error path (a 404, what the firewall refuses before the application
 * sees it) or Tomcat itself (an encoded slash). No stack trace, no exception's name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemJsonErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void aMalformedJsonBodyIsAProblem() {
		WebClient client = WebClient.browser(port).withoutCookies();
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.uri("/lpc2023/interest"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(SecurityConfiguration.INTEREST_HEADER, "fetch")
			.POST(HttpRequest.BodyPublishers.ofString("{\"microconference\":"))
			.build());

		assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/no-such-route", "/api/v1/events/no_such_event/rooms" })
	void anUnknownApiAddressIsAProblem(String path) {
		HttpResponse<String> answer = WebClient.browser(port).withoutCookies().get(path, "application/json");

		assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(), 404);
	}

	/**
	 * curl and most HTTP libraries send {@code Accept: *}{@code /*} or no Accept at all:
	 * an API client that prefers no type gets the API's problem, not the site's page.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "*/*", "", "application/json, text/html;q=0.5", "text/html;q=0.8, */*" })
	void anUnknownApiAddressIsAProblemUnlessTheClientPrefersHtml(String accept) {
		WebClient client = WebClient.browser(port).withoutCookies();
		HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/api/v1/no-such-route"));
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}
		HttpResponse<String> answer = client.send(request.GET().build());

		assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(), 404);
	}

	@Test
	void aBrowserOnTheApiAndAnyClientOfAPageStillGetAPage() {
		WebClient browser = WebClient.browser(port).withoutCookies();

		assertThat(browser.get("/api/v1/no-such-route").headers().firstValue("Content-Type")).get()
			.asString()
			.as("a browser that opens an unknown API address")
			.startsWith("text/html");
		assertThat(browser.get("/lpc2023/no-such-page", "*/*").headers().firstValue("Content-Type")).get()
			.asString()
			.as("a page asked for with */*")
			.startsWith("text/html");
	}

	/**
	 * Refused by Spring Security's firewall ({@code ..} left in the address, a {@code ;})
	 * or by Tomcat (an encoded slash), before any controller runs.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/lpc2023/../api/v1/events", "/lpc2023;x/interest", "/api/v1/events/a%2Fb",
			"/lpc2023/..%2Finterest" })
	void aRequestRefusedBeforeTheApplicationSeesItIsAProblem(String path) {
		HttpResponse<String> answer = WebClient.browser(port).withoutCookies().get(path, "application/json");

		assertProblem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(), 400);
	}

	@Test
	void aBrowserRefusedBeforeTheApplicationSeesItStillGetsAPageOrAPlainLine() {
		WebClient browser = WebClient.browser(port).withoutCookies();
		HttpResponse<String> firewall = browser.get("/lpc2023/../api/v1/events");
		HttpResponse<String> tomcat = browser.get("/lpc2023/a%2Fb");

		assertThat(firewall.statusCode()).isEqualTo(400);
		assertThat(firewall.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(tomcat.statusCode()).isEqualTo(400);
		assertThat(tomcat.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
	}

	private static void assertProblem(int status, String contentType, String body, int expectedStatus) {
		assertThat(status).as(body).isEqualTo(expectedStatus);
		assertThat(contentType).as(body).startsWith("application/problem+json");
		Map<String, Object> problem = JsonMapper.shared().readValue(body, Map.class);
		assertThat(problem).containsEntry("status", expectedStatus).containsKeys("title", "detail");
		// RFC 9457, 3.1.1: a problem without a type is of type "about:blank".
		assertThat(problem.getOrDefault("type", "about:blank")).isEqualTo("about:blank");
		assertThat(problem.get("title")).asString().isNotBlank();
		assertThat(problem.get("detail")).asString().isNotBlank();
		assertThat(body).doesNotContain("Exception", "\tat ", "trace", "org.springframework", "org.apache");
	}

}
