package org.plumbline.performance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.plumbline.PlumblineApplication;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.EventCatalog;
import org.plumbline.generator.GeneratedEvent;
import org.plumbline.generator.Presets;
import org.plumbline.generator.SampleEvents;
import org.plumbline.mail.MailOutbox;
import org.plumbline.testsupport.PostgresSchemaInitializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Measures the five pages whose cost must stay flat as an event grows (issue 16, point 3)
 * at each preset's size: for each preset, an application starts on an empty embedded
 * database of its own and generates the preset's event; with all of them up, their
 * organisers ask for each page in turn, first to warm up and then timed, one preset's
 * request after the other's. Prints p50 and p95 of each page per preset, and each page's
 * p50 and p95 against the first preset's. Not a test (it asserts nothing); run it with
 * {@code ./mvnw -B -q -Pbench test-compile exec:exec
 * -Dbench.class=org.plumbline.performance.PageBenchmark -Dbench.args="200 1 lpc large"}:
 * the timed requests per page, the seed, then the presets. With
 * {@code PLUMBLINE_TEST_POSTGRES_URL} set, as for the PostgreSQL tests, each preset runs
 * in a fresh schema of that database instead, dropped at its end. Each application
 * listens on a free port of its own (two are up at once, so {@code SERVER_PORT} is not
 * read).
 */
final class PageBenchmark {

	private static final String PASSWORD = "page benchmark password";

	private static final int WARM_UP = 20;

	private static final Map<String, String> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("review dashboard of one MC", "/review/{event}/{mc}");
		PAGES.put("organisers' overview", "/manage/{event}/overview");
		PAGES.put("registration list", "/manage/{event}/registration");
		PAGES.put("schedule", "/{event}/schedule");
		PAGES.put("API talk list, page 1 of 50", "/api/v1/events/{event}/talks?page=1&size=50");
	}

	private PageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		List<String> presets = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("lpc", "large");
		List<Site> sites = new ArrayList<>();
		try {
			for (String preset : presets) {
				sites.add(Site.generated(preset, seed));
			}
			Map<String, Map<String, double[]>> results = measure(sites, requests);
			print(presets, results);
		}
		finally {
			for (Site site : sites) {
				try {
					site.context().close();
				}
				catch (RuntimeException ex) {
					System.err.println("Closing the application of " + site.preset() + " failed: " + ex);
				}
			}
		}
	}

	/**
	 * Asks for each page of every site in turn, one request after another (the first
	 * site's, the second's, ... and again), so that a load that comes and goes on a
	 * shared machine weighs on every preset alike and the ratios hold.
	 * @return by preset, by page: p50 and p95 in milliseconds
	 */
	private static Map<String, Map<String, double[]>> measure(List<Site> sites, int requests) throws Exception {
		Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
		sites.forEach(site -> results.put(site.preset(), new LinkedHashMap<>()));
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			for (Site site : sites) {
				for (int i = 0; i < WARM_UP; i++) {
					site.browser().get(site.path(page.getValue()));
				}
			}
			Map<Site, List<Double>> millis = new LinkedHashMap<>();
			sites.forEach(site -> millis.put(site, new ArrayList<>()));
			for (int i = 0; i < requests; i++) {
				for (Site site : sites) {
					long start = System.nanoTime();
					site.browser().get(site.path(page.getValue()));
					millis.get(site).add((System.nanoTime() - start) / 1e6);
				}
			}
			for (Site site : sites) {
				List<Double> sorted = millis.get(site);
				sorted.sort(Double::compare);
				results.get(site.preset())
					.put(page.getKey(), new double[] { percentile(sorted, 50), percentile(sorted, 95) });
				System.out.printf(Locale.ROOT, "%s %s: p50 %.1f ms, p95 %.1f ms%n", site.preset(), page.getKey(),
						percentile(sorted, 50), percentile(sorted, 95));
			}
		}
		return results;
	}

	private static void print(List<String> presets, Map<String, Map<String, double[]>> results) {
		String first = presets.getFirst();
		System.out.println();
		System.out.printf("%-30s %-8s %9s %9s %12s %12s%n", "page", "preset", "p50 ms", "p95 ms", "p50 / " + first,
				"p95 / " + first);
		for (String page : PAGES.keySet()) {
			for (String preset : presets) {
				double[] figures = results.get(preset).get(page);
				double[] base = results.get(first).get(page);
				System.out.printf(Locale.ROOT, "%-30s %-8s %9.1f %9.1f %11.2fx %11.2fx%n", page, preset, figures[0],
						figures[1], figures[0] / base[0], figures[1] / base[1]);
			}
		}
	}

	/**
	 * One preset's application, on an empty database of its own, with its generated event
	 * and its organiser signed in; it stays up until every preset is measured.
	 */
	private record Site(String preset, ConfigurableApplicationContext context, Browser browser, String slug,
			String mcCall) {

		static Site generated(String preset, long seed) throws Exception {
			Path dataDir = Files.createTempDirectory("plumbline-bench-");
			String[] properties = { "--server.port=0", "--plumbline.data-dir=" + dataDir,
					"--plumbline.demo.enabled=false", "--plumbline.scheduling.enabled=false",
					"--logging.level.root=WARN", "--logging.level.org.plumbline.generator=INFO" };
			SpringApplication application = new SpringApplication(PlumblineApplication.class);
			String postgres = System.getenv(PostgresSchemaInitializer.URL_VARIABLE);
			boolean onPostgres = postgres != null && !postgres.isBlank();
			if (onPostgres) {
				application.addInitializers(new PostgresSchemaInitializer());
			}
			ConfigurableApplicationContext context = application.run(properties);
			try {
				long started = System.nanoTime();
				GeneratedEvent event = context.getBean(SampleEvents.class).generate(Presets.named(preset), seed, null);
				System.out.printf(Locale.ROOT, "%s in %.0f s%n", event.summary(), (System.nanoTime() - started) / 1e9);
				if (onPostgres) {
					// Written in one transaction a moment ago, the tables have no
					// statistics until autovacuum runs (it is off on this machine's
					// server): the planner would take the large event for a few rows and
					// pick nested loops that take minutes.
					context.getBean(JdbcClient.class).sql("ANALYZE").update();
				}
				String organiser = "sam.organiser@" + event.slug().replace('_', '-') + "."
						+ MailOutbox.NEVER_DELIVERED_DOMAIN;
				context.getBean(JdbcClient.class)
					.sql("UPDATE account SET password_hash = ? WHERE email = ?")
					.params(context.getBean(PasswordEncoder.class).encode(PASSWORD), organiser)
					.update();
				Browser browser = new Browser(((WebServerApplicationContext) context).getWebServer().getPort());
				browser.signIn(organiser, PASSWORD);
				long eventId = context.getBean(EventCatalog.class).findBySlug(event.slug()).orElseThrow().id();
				String mcCall = context.getBean(TopicCalls.class)
					.calls(eventId)
					.stream()
					.filter(TopicCall::isMicroconference)
					.findFirst()
					.orElseThrow()
					.slug();
				saveSchedulingProblem(browser, event.slug());
				return new Site(preset, context, browser, event.slug(), mcCall);
			}
			catch (Exception | Error ex) {
				context.close();
				throw ex;
			}
		}

		String path(String page) {
			return page.replace("{event}", slug).replace("{mc}", mcCall);
		}

	}

	/**
	 * Keeps the event's scheduling problem as its organisers download it, for
	 * {@code SolverBenchmark}: a large event takes long to generate, so the solver runs
	 * on this file rather than on a second generation.
	 */
	private static void saveSchedulingProblem(Browser browser, String slug) throws IOException, InterruptedException {
		Path file = Path.of("target", "bench", slug + "-scheduling-instance.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, browser.get("/manage/" + slug + "/schedule/scheduler/instance.json").body());
		System.out.println("Scheduling problem of " + slug + " kept in " + file);
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
	}

	/** One signed-in browser: its cookies, and every answer read to its end. */
	private static final class Browser {

		private final int port;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Browser(int port) {
			this.port = port;
		}

		void signIn(String email, String password) throws IOException, InterruptedException {
			String token = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").attr("value");
			String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.headers().firstValue("Location").orElse("/login").contains("/login")) {
				throw new IllegalStateException("Signing in as " + email + " was refused");
			}
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + answer.statusCode());
			}
			return answer;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
