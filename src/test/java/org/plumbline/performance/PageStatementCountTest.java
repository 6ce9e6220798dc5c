package org.plumbline.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.EventCatalog;
import org.plumbline.generator.SampleEvents;
import org.plumbline.mail.MailOutbox;
import org.plumbline.pagecache.SharedPages;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.SmallPresets;
import org.plumbline.testsupport.StatementCounting;
import org.plumbline.testsupport.StatementCounting.ServedRequest;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages whose cost must stay flat as an event grows (issue 16, point 3) issue as many
 * SQL statements for an event three times bigger: a page that queried once per row shown
 * would take longer with every MC, topic, review, registration or talk. Two events come
 * from the data generator, alike but for their size; each page is asked for once before
 * it is counted, so that what the server does once (a first rendering, a cache filled)
 * counts for neither.
 */
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementCountTest extends RunningServerTest {

	private static final String PASSWORD = "statement count password";

	private static final String SMALL = "count_small";

	private static final String LARGE = "count_large";

	@Autowired
	SampleEvents samples;

	@Autowired
	EventCatalog events;

	@Autowired
	TopicCalls calls;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	StatementCounting.Requests served;

	private final Map<String, WebClient> organisers = new HashMap<>();

	private final Map<ServedRequest, String> bodies = new IdentityHashMap<>();

	PageStatementCountTest() {
		super(Instant.parse("2026-11-25T09:00:00Z"));
	}

	@BeforeAll
	void twoEventsOfDifferentSizes() {
		clock.set(Instant.parse("2026-11-25T09:00:00Z"));
		samples.generate(SmallPresets.lpcSized(1), 7, SMALL);
		samples.generate(SmallPresets.lpcSized(3), 7, LARGE);
		jdbc.sql("UPDATE account SET password_hash = ? WHERE email IN (?, ?)")
			.params(passwords.encode(PASSWORD), organiserEmail(SMALL), organiserEmail(LARGE))
			.update();
		for (String slug : List.of(SMALL, LARGE)) {
			organisers.put(slug, WebClient.browser(port).signedIn(organiserEmail(slug), PASSWORD));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/review/{event}/{mc}", "/manage/{event}/overview", "/manage/{event}/registration",
			"/{event}/schedule", "/api/v1/events/{event}/talks?page=1&size=50" })
	void aPageIssuesAsManyStatementsForAnEventThreeTimesBigger(String page) {
		ServedRequest small = counted(page, SMALL);
		ServedRequest large = counted(page, LARGE);

		assertThat(rows(large)).as("the bigger event shows more rows on " + page).isGreaterThan(rows(small));
		assertThat(ofThePage(large)).as("the statements of " + large.path() + " against those of " + small.path())
			.hasSameSizeAs(ofThePage(small));
	}

	/**
	 * Writes to the tables no kept page may read leave every kept page as it is
	 * ({@code pagecache}): a public page that came to read one would be served stale.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/{event}/", "/{event}/microconferences", "/{event}/microconferences/{mc}",
			"/{event}/calls", "/{event}/sponsors", "/{event}/schedule", "/{event}/schedule/list" })
	void aKeptPublicPageReadsNoTableWhoseWritesLeaveKeptPagesAsTheyAre(String page) {
		String path = page.replace("{event}", SMALL).replace("{mc}", firstMcCall(SMALL));
		jdbc.sql("UPDATE event SET name = name WHERE slug = ?").param(SMALL).update();
		served.clear();
		HttpResponse<String> response = WebClient.browser(port).withoutCookies().get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).as("a kept page")
			.hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("public"));
		List<String> statements = served.next(path).statements();

		assertThat(statements).as("rendered, not served from kept bytes").isNotEmpty();
		assertThat(statements).allSatisfy(sql -> assertThat(SharedPages.TABLES_NO_PAGE_READS)
			.noneMatch(table -> sql.toUpperCase(Locale.ROOT).matches("(?s).*\\b" + table + "\\b.*")));
	}

	/**
	 * A page of the API's talk list (the smaller event's release has a few talks, so a
	 * page of one, the second) shows as many talks at the bigger event, in as many
	 * statements, and reads no row per talk of the release beyond the page's: paged in
	 * the statement, not cut out of the whole released timetable in memory, which reads
	 * each talk, its topic and its speakers.
	 */
	@Test
	void aPageOfTheApiTalkListReadsAsManyStatementsAndNoRowPerTalkOfABiggerRelease() {
		String page = "/api/v1/events/{event}/talks?page=2&size=1";
		ServedRequest small = counted(page, SMALL);
		ServedRequest large = counted(page, LARGE);

		JsonNode smallPage = JsonMapper.shared().readTree(bodies.get(small));
		JsonNode largePage = JsonMapper.shared().readTree(bodies.get(large));
		int moreTalks = largePage.get("total").asInt() - smallPage.get("total").asInt();
		assertThat(smallPage.get("items")).hasSize(1);
		assertThat(largePage.get("items")).hasSize(1);
		assertThat(moreTalks).as("the bigger event's release has more talks").isGreaterThan(10);
		assertThat(ofThePage(large)).as("the statements of " + large.path() + " against those of " + small.path())
			.hasSameSizeAs(ofThePage(small));
		assertThat(large.rows() - small.rows()).as("rows read at the bigger event beyond the smaller's")
			.isLessThan(moreTalks);
	}

	/**
	 * The statements but those of the session store, which reads the session once more
	 * when a response outgrows the server's buffer and goes out before the request ends:
	 * a cost of the page's bytes, once a request, not of its rows.
	 */
	private static List<String> ofThePage(ServedRequest request) {
		return request.statements().stream().filter(sql -> !sql.contains("SPRING_SESSION")).toList();
	}

	private ServedRequest counted(String page, String slug) {
		String path = page.replace("{event}", slug).replace("{mc}", firstMcCall(slug));
		WebClient organiser = organisers.get(slug);
		organiser.get(path);
		// a write moves the content revision, so a public page is rendered again rather
		// than served from the bytes kept of it: what is counted is its rendering
		jdbc.sql("UPDATE event SET name = name WHERE slug = ?").param(slug).update();
		served.clear();
		HttpResponse<String> response = organiser.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		ServedRequest request = served.next(path);
		bodies.put(request, response.body());
		return request;
	}

	/** How many rows the page shows: table rows, or talks in the API's answer. */
	private int rows(ServedRequest request) {
		String body = bodies.get(request);
		if (request.path().startsWith("/api/")) {
			return body.split("\"guid\"", -1).length - 1;
		}
		return Jsoup.parse(body).select("tr, .session, .talk").size();
	}

	private String firstMcCall(String slug) {
		long eventId = events.findBySlug(slug).orElseThrow().id();
		return calls.calls(eventId).stream().filter(TopicCall::isMicroconference).findFirst().orElseThrow().slug();
	}

	private static String organiserEmail(String slug) {
		return "sam.organiser@" + slug.replace('_', '-') + "." + MailOutbox.NEVER_DELIVERED_DOMAIN;
	}

}
