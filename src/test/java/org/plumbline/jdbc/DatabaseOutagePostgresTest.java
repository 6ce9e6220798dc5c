package org.plumbline.jdbc;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plumbline.PlumblineApplication;
import org.plumbline.account.SecurityConfiguration;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.DatabaseLink;
import org.plumbline.testsupport.PostgresTest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running instance and comes back: pages that need it
 * answer a clear 503 (problem+json on the API), kept public pages go on being served, a
 * form sent meanwhile writes nothing, and the instance recovers by itself, sessions kept.
 * The instance reaches the machine's PostgreSQL through a link the test cuts, so the
 * server stays up for every other test. PostgreSQL only: the embedded H2 lives in the
 * application's own process and cannot go away on its own.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutagePostgresTest {

	private static final String SLUG = "outage_days";

	private static final String EMAIL = "outage.reader@example.org";

	private static final int POOL_SIZE = 3;

	/** Fewer than the pool holds, so that requests wait in line, not for a connection. */
	private static final int AT_ONCE = 2;

	/**
	 * Far longer than the line's longest wait (1 s), so that a request is turned away by
	 * the line first.
	 */
	private static final int POOL_TIME_OUT_MS = 5000;

	static final String SCRAPE_TOKEN = "a-scrape-token-for-the-outage-test-instance";

	/** Far more than the instance needs to notice the database is back (every 2 s). */
	private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

	@Autowired
	Environment environment;

	@Autowired
	EventSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	private DatabaseLink link;

	private ConfigurableApplicationContext instance;

	private int port;

	@BeforeAll
	void anInstanceBehindALinkToTheDatabase() {
		setup.create(new NewEvent(SLUG, "Outage Days", LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 7),
				ZoneId.of("Europe/Berlin"), "Hall A", List.of(), List.of(), List.of(), List.of()));
		new AccountFixture(jdbc, people, passwords).account(EMAIL, "Outage Reader");
		String url = environment.getProperty("spring.datasource.url");
		link = DatabaseLink.to(url);
		instance = new SpringApplicationBuilder(PlumblineApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + link.through(url),
					argument("spring.datasource.username"), argument("spring.datasource.password"),
					argument("spring.datasource.hikari.schema"), argument("spring.flyway.schemas"),
					argument("spring.flyway.default-schema"),
					"--spring.datasource.hikari.maximum-pool-size=" + POOL_SIZE,
					"--spring.datasource.hikari.connection-timeout=" + POOL_TIME_OUT_MS,
					"--plumbline.scheduling.enabled=false", "--plumbline.requests.at-once=" + AT_ONCE,
					"--plumbline.requests.longest-wait=PT1S", "--plumbline.metrics.scrape-token=" + SCRAPE_TOKEN);
		port = ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	/** Whatever a failed test left, each starts with the database reachable. */
	@BeforeEach
	void theDatabaseReachable() {
		link.restore();
		DatabaseAvailability availability = instance.getBean(DatabaseAvailability.class);
		Instant giveUp = Instant.now().plus(RECOVERY_LIMIT);
		while (!availability.isReachable() && Instant.now().isBefore(giveUp)) {
			pause();
		}
		assertThat(availability.isReachable()).as("the instance finds the database again").isTrue();
	}

	@AfterAll
	void closeTheInstance() {
		link.restore();
		instance.close();
		link.close();
	}

	@Test
	void pagesThatNeedTheDatabaseAnswer503WhileItIsAwayKeptPagesStayAndTheSiteRecoversByItself() {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		WebClient reader = WebClient.browser(port).signedIn(EMAIL, AccountFixture.PASSWORD);
		String eventPage = anonymous.get("/" + SLUG + "/").body();
		assertThat(anonymous.get("/" + SLUG + "/").body()).isEqualTo(eventPage).contains("Outage Days");
		Map<String, String> profileForm = reader.formFields("/account/profile", "/account/profile");
		profileForm.put("affiliation", "Written during the outage");

		link.cut();

		HttpResponse<String> profileSaved = reader.post("/account/profile", profileForm);
		assertThat(profileSaved.statusCode()).isEqualTo(503);
		assertThat(profileSaved.body()).as("the first to find the database gone had run: it cannot tell")
			.contains("Temporarily unavailable")
			.contains("database stopped answering while this was being handled")
			.contains("may or may not have been saved");
		assertUnavailablePage(reader.get("/account/profile"));
		assertUnavailablePage(anonymous.get("/" + SLUG + "/schedule"));
		assertUnavailablePage(anonymous.get("/login"));
		assertUnavailableProblem(anonymous.getJson("/api/v1/events/" + SLUG + "/rooms"));
		HttpResponse<String> kept = anonymous.get("/" + SLUG + "/");
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).isEqualTo(eventPage);
		assertThat(anonymous.get("/assets/site.css").statusCode()).isEqualTo(200);
		assertUnavailablePage(anonymous.get("/assets/../" + SLUG + "/schedule"));

		link.restore();

		assertThat(statusOnceBack(anonymous, "/" + SLUG + "/schedule")).isEqualTo(200);
		HttpResponse<String> profile = reader.get("/account/profile");
		assertThat(profile.statusCode()).as("the session made before the outage").isEqualTo(200);
		assertThat(profile.body()).doesNotContain("Written during the outage");
		assertThat(jdbc.sql("SELECT count(*) FROM person WHERE affiliation = 'Written during the outage'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * An orchestrator restarts an instance whose liveness probe fails: a database outage,
	 * which no restart cures, must not restart every instance. The probe reads only the
	 * instance's memory, before and after the instance has found the database gone; the
	 * whole health check says the database is down, in its own words rather than the
	 * outage page.
	 */
	@Test
	void theLivenessProbeStaysUpWhileTheDatabaseIsAwayAndTheHealthCheckReportsItDown() {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		assertThat(json(anonymous.getJson("/actuator/health/liveness"), 200).path("status").asString()).isEqualTo("UP");

		link.cut();
		try {
			JsonNode liveness = json(anonymous.getJson("/actuator/health/liveness"), 200);
			assertThat(liveness.path("status").asString()).as("before the instance knows").isEqualTo("UP");
			assertThat(liveness.path("components").has("mailQueue")).isFalse();

			HttpResponse<String> healthCheck = scraper(anonymous, "/actuator/health");
			JsonNode health = json(healthCheck, 503);
			assertThat(healthCheck.headers().firstValue("Content-Type")).get().asString().contains("json");
			assertThat(healthCheck.body()).doesNotContain("Temporarily unavailable");
			assertThat(health.path("status").asString()).isEqualTo("DOWN");
			assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("DOWN");
			assertThat(health.path("components").path("db").path("details").path("reason").asString())
				.isEqualTo("the database cannot be reached");
			JsonNode mailQueue = health.path("components").path("mailQueue");
			assertThat(mailQueue.path("status").asString()).isEqualTo("DOWN");
			assertThat(mailQueue.path("details").path("reason").asString()).isEqualTo("the database cannot be reached");
			assertThat(health.path("components").path("mailOutbox").path("status").asString())
				.as("no SMTP server here: mail is kept")
				.isEqualTo("UNKNOWN");

			assertThat(foundUnreachable()).isTrue();
			assertThat(json(anonymous.getJson("/actuator/health/liveness"), 200).path("status").asString())
				.as("once the instance knows")
				.isEqualTo("UP");
			assertThat(json(anonymous.getJson("/actuator/health"), 503).path("status").asString()).isEqualTo("DOWN");
		}
		finally {
			link.restore();
		}

		assertThat(statusOnceBack(anonymous, "/actuator/health")).isEqualTo(200);
	}

	/**
	 * The metrics matter most during an outage: a scrape carries the JVM's and the
	 * requests' figures, and no value for what the database would count, whether it is
	 * the first to find the database gone (it then tells the instance) or comes after.
	 */
	@Test
	void aScrapeWhileTheDatabaseIsAwayAnswersWithTheMetricsKeptInMemory() {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		assertThat(anonymous.get("/" + SLUG + "/").statusCode()).isEqualTo(200);

		link.cut();
		try {
			assertScrapeWithoutTheDatabase(scraper(anonymous, "/actuator/prometheus"));
			assertThat(foundUnreachable()).as("the failed count told the instance").isTrue();

			assertScrapeWithoutTheDatabase(scraper(anonymous, "/actuator/prometheus"));
		}
		finally {
			link.restore();
		}

		assertThat(statusOnceBack(anonymous, "/" + SLUG + "/schedule")).isEqualTo(200);
		HttpResponse<String> scrape = scraper(anonymous, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern("(?m)^plumbline_registrations\\{status=\"registered\"\\} [0-9.]+$")
			.containsPattern("(?m)^plumbline_mail_queue_length [0-9.]+$");
	}

	@Test
	void anApiCallThatFindsTheDatabaseGoneIsAnswered503AsProblemJson() {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		assertThat(anonymous.getJson("/api/v1/events/" + SLUG).statusCode()).isEqualTo(200);

		link.cut();
		try {
			assertUnavailableProblem(anonymous.getJson("/api/v1/events/" + SLUG + "/talks"));
		}
		finally {
			link.restore();
		}

		assertThat(statusOnceBack(anonymous, "/api/v1/events/" + SLUG + "/talks")).isEqualTo(200);
	}

	@Test
	void aPoolWithEveryConnectionTakenAnswersTooBusyAndClosesNothing() throws SQLException {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		WebClient reader = WebClient.browser(port).signedIn(EMAIL, AccountFixture.PASSWORD);
		String eventPage = anonymous.get("/" + SLUG + "/").body();
		Map<String, String> profile = reader.formFields("/account/profile", "/account/profile");
		DataSource pool = instance.getBean(DataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			// every connection the pool has free: the instance's own listeners hold some
			for (int i = 0; i < POOL_SIZE; i++) {
				try {
					taken.add(pool.getConnection());
				}
				catch (SQLTransientConnectionException noneLeft) {
					break;
				}
			}
			assertThat(taken).isNotEmpty();

			HttpResponse<String> page = reader.get("/account/profile");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("30");
			assertThat(page.body()).contains("too busy").doesNotContain("database cannot be reached");
			assertSecurityHeaders(page);
			HttpResponse<String> form = reader.post("/account/profile", profile);
			assertThat(form.statusCode()).isEqualTo(503);
			assertThat(form.body()).as("a form that ran is not told that nothing was saved")
				.contains("may or may not have been saved")
				.doesNotContain("nothing was saved");
			HttpResponse<String> api = anonymous.getJson("/api/v1/events/" + SLUG + "/rooms");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			assertThat(api.body()).contains("too busy");
			assertSecurityHeaders(api);
			assertThat(anonymous.get("/" + SLUG + "/").body()).as("the kept page").isEqualTo(eventPage);
			assertThat(instance.getBean(DatabaseAvailability.class).isReachable())
				.as("a busy pool is not a missing database")
				.isTrue();
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}

		assertThat(reader.get("/account/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestWhoseTurnDoesNotComeInTimeIsToldTooBusyWithoutTakingAConnection() throws Exception {
		WebClient anonymous = WebClient.browser(port).withoutCookies();
		WebClient reader = WebClient.browser(port).signedIn(EMAIL, AccountFixture.PASSWORD);
		MeterRegistry meters = instance.getBean(MeterRegistry.class);
		double turnedAwayBefore = meters.get("plumbline.requests.turned.away").counter().count();
		DataSource pool = instance.getBean(DataSource.class);
		List<Connection> taken = new ArrayList<>();
		List<Future<HttpResponse<String>>> admitted = new ArrayList<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < POOL_SIZE; i++) {
				try {
					taken.add(pool.getConnection());
				}
				catch (SQLTransientConnectionException noneLeft) {
					break;
				}
			}
			for (int i = 0; i < AT_ONCE; i++) {
				admitted.add(clients.submit(() -> anonymous.getJson("/api/v1/events/" + SLUG + "/rooms")));
			}
			Instant giveUp = Instant.now().plus(RECOVERY_LIMIT);
			while (meters.get("plumbline.requests.admitted").gauge().value() < AT_ONCE
					&& Instant.now().isBefore(giveUp)) {
				pause();
			}

			HttpResponse<String> page = reader.get("/account/profile");

			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("30");
			assertThat(page.body()).contains("too busy").doesNotContain("Exception");
			assertSecurityHeaders(page);
			assertThat(meters.get("plumbline.requests.turned.away").counter().count())
				.as("turned away by the line, not by the pool")
				.isEqualTo(turnedAwayBefore + 1);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		for (Future<HttpResponse<String>> request : admitted) {
			assertThat(request.get().statusCode()).as("each admitted request was answered").isIn(200, 503);
		}

		assertThat(reader.get("/account/profile").statusCode()).isEqualTo(200);
		assertThat(meters.get("plumbline.requests.admitted").gauge().value()).as("every place given back").isZero();
	}

	@Test
	void clientsSendingTheirFormsSlowlyKeepNoPlaceInTheLine() throws Exception {
		WebClient reader = WebClient.browser(port).signedIn(EMAIL, AccountFixture.PASSWORD);
		MeterRegistry meters = instance.getBean(MeterRegistry.class);
		double turnedAwayBefore = meters.get("plumbline.requests.turned.away").counter().count();
		List<Socket> slowClients = new ArrayList<>();
		try {
			for (int i = 0; i < AT_ONCE; i++) {
				Socket client = new Socket("localhost", port);
				client.getOutputStream()
					.write(("POST /account/profile HTTP/1.1\r\nHost: localhost\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n"
							+ "affiliation=")
						.getBytes(StandardCharsets.US_ASCII));
				client.getOutputStream().flush();
				slowClients.add(client);
			}
			for (int i = 0; i < 3; i++) {
				pause();
			}

			HttpResponse<String> page = reader.get("/account/profile");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(meters.get("plumbline.requests.turned.away").counter().count()).isEqualTo(turnedAwayBefore);
		}
		finally {
			for (Socket client : slowClients) {
				client.close();
			}
		}
	}

	private static HttpResponse<String> scraper(WebClient client, String path) {
		return client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Authorization", "Bearer " + SCRAPE_TOKEN)
			.GET()
			.build());
	}

	private static void assertScrapeWithoutTheDatabase(HttpResponse<String> scrape) {
		assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern("(?m)^jvm_memory_used_bytes\\{")
			.containsPattern("(?m)^http_server_requests_seconds_count\\{")
			.containsPattern("(?m)^plumbline_requests_waiting ")
			.containsPattern("(?m)^plumbline_registrations\\{status=\"registered\"\\} NaN$")
			.containsPattern("(?m)^plumbline_submissions\\{state=\"submitted\"\\} NaN$")
			.containsPattern("(?m)^plumbline_mail_queue_length NaN$");
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JsonMapper.builder().build().readTree(response.body());
	}

	/**
	 * Whether the instance marks the database unreachable, waiting for its probe to
	 * conclude.
	 */
	private boolean foundUnreachable() {
		DatabaseAvailability availability = instance.getBean(DatabaseAvailability.class);
		Instant giveUp = Instant.now().plus(RECOVERY_LIMIT);
		while (availability.isReachable() && Instant.now().isBefore(giveUp)) {
			pause();
		}
		return !availability.isReachable();
	}

	/** The status of a page once it answers other than 503, or 503 if it never does. */
	private static int statusOnceBack(WebClient client, String path) {
		Instant giveUp = Instant.now().plus(RECOVERY_LIMIT);
		int status = client.get(path).statusCode();
		while (status == 503 && Instant.now().isBefore(giveUp)) {
			pause();
			status = client.get(path).statusCode();
		}
		return status;
	}

	private static void assertUnavailableProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).contains("30");
		assertSecurityHeaders(response);
		assertThat(response.body()).contains("\"status\":503")
			.contains("database cannot be reached")
			.doesNotContain("Exception");
	}

	private static void assertUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(response.headers().firstValue("Retry-After")).contains("30");
		assertSecurityHeaders(response);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body()).contains("Temporarily unavailable")
			.contains("database cannot be reached")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	/**
	 * The headers every answer of the site carries (issue 15, point 7), a 503 written
	 * before the application is reached included: a page that cannot be framed,
	 * content-sniffed or leak its address.
	 */
	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Content-Security-Policy"))
			.containsExactly(SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.allSatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
	}

	private String argument(String name) {
		return "--" + name + "=" + environment.getProperty(name, "");
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
