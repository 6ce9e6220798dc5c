package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Anonymous visitors may read the site and the health endpoint, and nothing else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicAccessTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void healthIsPublicAndCarriesTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = send("GET", "/actuator/health", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\"");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void otherActuatorEndpointsAreDenied() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/prometheus", "/actuator", "/actuator/beans" }) {
			assertThat(send("GET", path, "application/json").statusCode()).as(path).isEqualTo(403);
		}
	}

	@Test
	void writingIsDeniedEvenOnPublicPages() throws Exception {
		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
			for (String path : new String[] { "/", "/lpc2023/", "/lpc2023/microconferences" }) {
				assertThat(send(method, path, "text/html").statusCode()).as("%s %s", method, path).isEqualTo(403);
			}
		}
	}

	@Test
	void unknownAddressesAnswerNotFoundWithAProperPage() throws Exception {
		for (String path : new String[] { "/api/v1/no-such-resource", "/Not-An-Event/", "/lpc2023/manage" }) {
			HttpResponse<String> response = send("GET", path, "text/html");

			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.containsPattern("<h1>(Page|Event) not found</h1>")
				.doesNotContain("Exception");
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		}
	}

	@Test
	void aRefusedWriteAsksForNoBasicAuthenticationAndSendsNowhere() throws Exception {
		HttpResponse<String> denied = send("POST", "/lpc2023/", "text/html");

		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(denied.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void theAdminPagesSendAnonymousVisitorsToTheSignInPage() throws Exception {
		HttpResponse<String> response = send("GET", "/admin", "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private HttpResponse<String> send(String method, String path, String accept)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
