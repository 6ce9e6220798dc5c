package org.plumbline.export.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: the API's title, and the answers every
 * operation may give written once (304; 404 where an event is named; 400 where a page is
 * asked for) instead of on each method.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI plumblineApi() {
		return new OpenAPI()
			.info(new Info().title("Plumbline API")
				.version("v1")
				.description("Read-only JSON of events: what their public pages show and their latest released "
						+ "timetable. Times carry the offset of the event's zone; text is Markdown.")
				.license(new License().name("Apache License, Version 2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")))
			// Relative, so the document is the same whatever Host header a client sends.
			.servers(List.of(new Server().url("/")));
	}

	@Bean
	OpenApiCustomizer commonResponses() {
		return api -> {
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			api.getPaths()
				.forEach((path, item) -> item.readOperations()
					.forEach(operation -> addCommonResponses(path, operation)));
		};
	}

	private static void addCommonResponses(String path, Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.addApiResponse("304",
				new ApiResponse().description("Not modified since the ETag or date the client sent"));
		if (path.contains("{event}")) {
			responses.addApiResponse("404",
					problem("No such event" + (path.endsWith("/schedule") ? ", or no timetable released yet" : "")));
		}
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		for (Parameter parameter : parameters) {
			switch (parameter.getName()) {
				case "page" -> parameter.description("Page number, 1 for the first");
				case "size" -> parameter.description("Items per page, 1 to " + ApiPage.Paging.MAX_SIZE);
				default -> {
				}
			}
		}
		if (parameters.stream().anyMatch(parameter -> "page".equals(parameter.getName()))) {
			responses.addApiResponse("400", problem("A page or size out of range or not a number"));
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	/** RFC 9457's members, and the query parameter a 400 is about. */
	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("A problem (RFC 9457)")
			.properties(Map.of("type", new StringSchema().format("uri"), "title", new StringSchema(), "status",
					new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema().format("uri"),
					ApiProblem.PARAMETER, new StringSchema().description("The query parameter a 400 is about")));
	}

}
