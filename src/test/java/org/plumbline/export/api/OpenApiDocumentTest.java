package org.plumbline.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs} describes the public JSON API, its
 * answers' shapes and its problems, and nothing else of the application.
 */
class OpenApiDocumentTest extends RunningServerTest {

	OpenApiDocumentTest() {
		super(RunningServerTest.SERVER_START);
	}

	@Test
	void theDocumentListsEveryRouteOfTheApiAndNoOtherWithTheShapesOfTheirAnswers() {
		HttpResponse<String> response = WebClient.browser(port).withoutCookies().getJson("/v3/api-docs");

		JsonNode document = JsonMapper.shared().readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/events",
				"/api/v1/events/{event}", "/api/v1/events/{event}/microconferences", "/api/v1/events/{event}/rooms",
				"/api/v1/events/{event}/talks", "/api/v1/events/{event}/speakers", "/api/v1/events/{event}/schedule");
		assertThat(document.get("components").get("schemas").propertyNames()).contains("Event", "Microconference",
				"Talk", "Speaker", "Room", "Schedule", "Session", "Problem");
		JsonNode talks = document.get("paths").get("/api/v1/events/{event}/talks").get("get");
		assertThat(talks.get("responses").propertyNames()).contains("200", "304", "400", "404");
		assertThat(talks.get("responses").get("304").has("content")).isFalse();
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
		assertThat(talks.get("responses").get("404").get("content").propertyNames())
			.containsExactly("application/problem+json");
		assertThat(talks.get("parameters").get(1).get("description").asString())
			.isEqualTo("Page number, 1 for the first");
		assertThat(talks.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()).toList())
			.containsExactlyInAnyOrder("event", "page", "size");
		assertThat(document.get("components").get("schemas").get("Talk").get("properties").propertyNames()).contains(
				"guid", "exportId", "title", "abstract", "speakers", "track", "room", "startsAt", "endsAt",
				"durationMinutes");
	}

}
