package org.plumbline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.people.PersonDirectory;
import org.plumbline.registration.Registrations;
import org.plumbline.registration.TicketType;
import org.plumbline.registration.TicketTypeInput;
import org.plumbline.registration.TicketTypes;
import org.plumbline.registration.WhoMayBuy;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, point 9: the health check names its components (the database, the mail
 * outbox's worker) to anyone, with their details for site admins and the metrics scraper
 * only; the Prometheus endpoint and the other actuator endpoints are theirs alone; and
 * the figures it exports (submissions, registrations, the waiting list, the mail queue)
 * are read from the database, so that a write made through another instance shows in this
 * one's next scrape.
 */
class OperationsEndpointsTest extends AccountWebTest {

	static final String SCRAPE_TOKEN = "a-scrape-token-of-at-least-32-characters";

	static final String USER_EMAIL = "ordinary@operations.test";

	@DynamicPropertySource
	static void scrapeToken(DynamicPropertyRegistry registry) {
		registry.add("plumbline.metrics.scrape-token", () -> SCRAPE_TOKEN);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TicketTypes ticketTypes;

	@Autowired
	Registrations registrations;

	@AfterEach
	void removeWhatTheMetricsTestMade() {
		ScheduleFixture schedule = new ScheduleFixture(context);
		jdbc.sql("DELETE FROM ticket_type WHERE event_id = ?").param(schedule.event().id()).update();
		schedule.clear();
	}

	@Test
	void healthShowsTheDatabaseAndTheMailWorkerToAnyoneAndTheirDetailsOnlyToAdminsAndTheScraper() {
		for (WebClient withoutDetails : new WebClient[] { anonymous(), ordinaryUser() }) {
			JsonNode health = json(withoutDetails.get("/actuator/health", "application/json"), 200);
			assertThat(health.path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("mailOutbox").path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("mailQueue").path("status").asString()).isEqualTo("UP");
			assertThat(health.path("components").path("db").has("details")).isFalse();
			assertThat(health.path("components").path("mailOutbox").has("details")).isFalse();
			assertThat(health.path("components").path("mailQueue").has("details")).isFalse();
		}

		for (HttpResponse<String> withDetails : new HttpResponse[] {
				admin().get("/actuator/health", "application/json"), scraper("/actuator/health", SCRAPE_TOKEN) }) {
			JsonNode components = json(withDetails, 200).path("components");
			assertThat(components.path("mailOutbox").path("details").path("delivery").asString()).isEqualTo("running");
			assertThat(components.path("mailQueue").path("details").has("pending")).as("the queue's length").isTrue();
		}
	}

	@Test
	void aStuckMailWorkerFailsTheLivenessProbeSoThatTheInstanceIsRestartedButNotTheReadinessProbe() {
		mailWorker.run();
		clock.advance(Duration.ofHours(1).plus(Duration.ofMinutes(15)).plusSeconds(1));

		JsonNode liveness = json(anonymous().get("/actuator/health/liveness", "application/json"), 503);
		assertThat(liveness.path("components").path("mailOutbox").path("status").asString()).isEqualTo("DOWN");
		assertThat(liveness.path("components").path("livenessState").path("status").asString()).isEqualTo("UP");
		assertThat(liveness.path("components").has("mailQueue")).as("the database is no part of liveness").isFalse();
		assertThat(
				json(anonymous().get("/actuator/health/readiness", "application/json"), 200).path("status").asString())
			.isEqualTo("UP");

		mailWorker.run();
		assertThat(
				json(anonymous().get("/actuator/health/liveness", "application/json"), 200).path("status").asString())
			.isEqualTo("UP");
	}

	@Test
	void prometheusAndTheOtherActuatorEndpointsAreForSiteAdminsAndTheScraperOnly() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator" }) {
			assertThat(anonymous().get(path).statusCode()).as("anonymous %s", path).isEqualTo(403);
			assertThat(ordinaryUser().get(path).statusCode()).as("ordinary user %s", path).isEqualTo(403);
			assertThat(scraper(path, SCRAPE_TOKEN.replace('a', 'b')).statusCode()).as("wrong token %s", path)
				.isEqualTo(403);
			assertThat(scraper(path, "").statusCode()).as("empty token %s", path).isEqualTo(403);
			assertThat(scraper(path, SCRAPE_TOKEN).statusCode()).as("scraper %s", path).isEqualTo(200);
			assertThat(admin().get(path).statusCode()).as("admin %s", path).isEqualTo(200);
		}
		assertThat(admin().get("/actuator/env").statusCode()).as("not exposed at all").isEqualTo(404);
		assertThat(anonymous().get("/actuator/env").statusCode()).isEqualTo(403);
	}

	@Test
	void theMetricsCountSubmissionsRegistrationsTheWaitingListAndTheMailQueueFromTheDatabase() {
		ScheduleFixture schedule = new ScheduleFixture(context);
		Event event = schedule.event();
		TicketType type = ticketTypes.create(event, adminId(), new TicketTypeInput("Metered", null, "0", "", "1",
				"2027-03-01T09:00", "2027-03-20T18:00", WhoMayBuy.ANYONE.name()));
		clock.set(Instant.parse("2027-03-10T10:00:00Z"));
		String before = scrape();

		long speaker = people.create("Mira Metrics", java.util.List.of("Mira Metrics"), null).id();
		schedule.topic("kernel", "Counting what matters", TopicState.SUBMITTED, 30, speaker);
		for (String email : new String[] { "first@operations.test", "second@operations.test" }) {
			long account = fixture().account(email, email);
			registrations.register(event, new SignedInAccount(account, email, email), Long.toString(type.id()), "",
					Map.of());
		}
		String after = scrape();

		assertThat(value(after, "plumbline_submissions{state=\"submitted\"}")
				- value(before, "plumbline_submissions{state=\"submitted\"}"))
			.isEqualTo(1);
		assertThat(value(after, "plumbline_registrations{status=\"registered\"}")
				- value(before, "plumbline_registrations{status=\"registered\"}"))
			.isEqualTo(1);
		assertThat(value(after, "plumbline_waiting_list_length") - value(before, "plumbline_waiting_list_length"))
			.isEqualTo(1);
		assertThat(value(after, "plumbline_mail_queue_length") - value(before, "plumbline_mail_queue_length"))
			.as("the confirmation and the waiting-list mail")
			.isEqualTo(2);
		assertThat(value(after, "plumbline_mail_outbox{status=\"pending\"}")).isEqualTo(2);

		mailTo("first@operations.test");
		assertThat(value(scrape(), "plumbline_mail_queue_length")).as("delivered").isZero();
		assertThat(value(scrape(), "plumbline_mail_outbox{status=\"sent\"}")).isEqualTo(2);
	}

	@Test
	void requestLatencyIsAHistogramPerRoute() {
		anonymous().get("/");

		assertThat(scrape())
			.containsPattern("(?m)^http_server_requests_seconds_bucket\\{.*uri=\"/\".*le=\"[0-9.]+\".*\\} ")
			.containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/\".*\\} [1-9]");
	}

	private String scrape() {
		HttpResponse<String> response = scraper("/actuator/prometheus", SCRAPE_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/**
	 * The value of a sample, named with its labels as the exposition format writes them.
	 */
	private static double value(String scrape, String sample) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
		assertThat(line.find()).as("%s in the scrape", sample).isTrue();
		return Double.parseDouble(line.group(1));
	}

	private HttpResponse<String> scraper(String path, String token) {
		return anonymous().send(
				HttpRequest.newBuilder(anonymous().uri(path)).header("Authorization", "Bearer " + token).GET().build());
	}

	private WebClient anonymous() {
		return browser().withoutCookies();
	}

	private WebClient ordinaryUser() {
		fixture().account(USER_EMAIL, "Otto Ordinary");
		return browser().signedIn(USER_EMAIL, AccountFixture.PASSWORD);
	}

	private WebClient admin() {
		return browser().signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	private long adminId() {
		return count("SELECT id FROM account WHERE email_key = ?", ADMIN_EMAIL);
	}

	private AccountFixture fixture() {
		return new AccountFixture(jdbc, people, passwords);
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
