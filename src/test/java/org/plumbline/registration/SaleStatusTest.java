package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The event home says whether tickets are on sale, sold out, and how many wait, from a
 * small JSON answer, so that the page itself stays the same bytes for everyone through a
 * rush (issue 13, points 7 and 12).
 */
class SaleStatusTest extends RegistrationWebTest {

	static final String STATUS = "/api/v1/events/" + EVENT + "/registration";

	@Test
	void theAnswerSaysOpenThenSoldOutWithTheWaitingCountThenClosed() {
		TicketType regular = onSale("Regular", "120", 1);

		JsonNode open = statusAfterItsMaxAge();
		assertThat(open.get("open").asBoolean()).isTrue();
		assertThat(open.get("soldOut").asBoolean()).isFalse();
		assertThat(open.get("ticketTypes").get(0).get("price").asString()).isEqualTo("120.00 EUR");

		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of());
		assertThat(status()).as("registrations leave the answer kept for its max-age, as browsers may keep it")
			.isEqualTo(open);
		JsonNode full = statusAfterItsMaxAge();
		assertThat(full.get("soldOut").asBoolean()).isTrue();
		assertThat(full.get("waiting").asInt()).isEqualTo(1);

		clock.set(Instant.parse("2027-03-21T00:00:00Z"));
		assertThat(status().get("open").asBoolean()).isFalse();
	}

	@Test
	void theAnswerIsTheSameForEveryoneAndCachedBrieflyAndAnUnknownEventIsNotFound() {
		onSale("Regular", "0", 10);
		HttpResponse<String> anonymous = WebClient.browser(port).get(STATUS, "application/json");

		assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("max-age=5, public");
		assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(anonymous.body()).isEqualTo(signedIn(ANNA).get(STATUS, "application/json").body());
		assertThat(WebClient.browser(port)
			.get("/api/v1/events/no_such_event/registration", "application/json")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theEventHomeCarriesTheRegisterLinkForTheScriptAndNoCountOfItsOwn() {
		onSale("Regular", "0", 1);
		registrations.register(event, account(ANNA), Long.toString(onlyTypeId()), "", Map.of());
		WebClient visitor = WebClient.browser(port).accepting("text/html");

		Document home = visitor.page("/" + EVENT + "/");
		String before = home.outerHtml();
		registrations.register(event, account(BEN), Long.toString(onlyTypeId()), "", Map.of());

		assertThat(home.select("#registration_status").attr("data-status")).isEqualTo(STATUS);
		assertThat(home.select("#registration_link").attr("href")).isEqualTo("/" + EVENT + "/register");
		assertThat(home.select("script[src=/assets/registration-status.js]")).hasSize(1);
		assertThat(visitor.page("/" + EVENT + "/").outerHtml()).isEqualTo(before);
	}

	private long onlyTypeId() {
		return count("SELECT id FROM ticket_type WHERE event_id = ?", event.id());
	}

	/** The answer once any kept copy's {@code max-age} of 5 s has passed. */
	private JsonNode statusAfterItsMaxAge() {
		clock.set(clock.instant().plusSeconds(6));
		return status();
	}

	private JsonNode status() {
		HttpResponse<String> response = WebClient.browser(port).get(STATUS, "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
	}

}
