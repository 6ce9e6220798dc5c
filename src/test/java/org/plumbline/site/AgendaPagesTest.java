package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The personal agenda page at /{event}/agenda (issue 11, point 6): a signed-in user's
 * marks by day in the event's zone with their links and "Unmark" forms, the calendar link
 * made, replaced and stopped by the forms, an explanation for nobody, never cached for
 * another and never a cookie or session made by viewing it; a visitor without a cookie
 * who posts is told and nothing is made, a post with neither the header nor a token is
 * refused, and an unknown event answers 404. {@link AgendaPagesPostgresTest} runs the
 * same on PostgreSQL.
 */
class AgendaPagesTest extends RunningServerTest {

	static final String AGENDA = "/" + ScheduleFixture.EVENT + "/agenda";

	static final String USER = "uma@agenda.test";

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	InterestMarks marks;

	@Autowired
	PasswordEncoder passwords;

	ScheduleFixture fixture;

	long debuggers;

	InterestMarker uma;

	AgendaPagesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	/**
	 * Kernel in Hall A on Saturday morning; tools in Hall B on Friday afternoon with two
	 * talks; Uma has marked the kernel MC and the talk "Debuggers".
	 */
	@BeforeEach
	void aReleaseAndUmasMarks() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		for (String table : List.of("agenda_feed", "interest_mark", "interest_count", "interest_pair_count",
				"SPRING_SESSION")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		long linters = fixture.topic("tools", "Linters", TopicState.CONFIRMED, 30, ana);
		debuggers = fixture.topic("tools", "Debuggers", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(tools, linters, "2027-10-29T15:00");
		fixture.placeTalk(tools, debuggers, "2027-10-29T15:30");
		fixture.release("v1");
		uma = InterestMarker.account(new AccountFixture(jdbc, people, passwords).account(USER, "Uma User"));
		marks.mark(fixture.event().id(), uma, InterestSubject.microconference(fixture.mc("kernel").id()));
		marks.mark(fixture.event().id(), uma, InterestSubject.talk(debuggers));
	}

	@Test
	void aSignedInUserSeesTheirMarksByDayInTheEventsZoneWithLinksAndUnmarkForms() {
		WebClient user = signedIn();
		HttpResponse<String> response = user.get(AGENDA);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".schedule-day h2").eachText()).containsExactly("Friday, October 29",
				"Saturday, October 30");
		assertThat(page.select(".agenda-list > li .session-title").eachText()).containsExactly("Debuggers",
				"Kernel MC");
		Element talk = page.select(".agenda-list > li").get(0);
		assertThat(talk.select(".session-when").text()).isEqualTo("15:30–16:00 · Hall B · Tools MC");
		assertThat(talk.select("a").eachAttr("href")).containsExactly(
				"/" + ScheduleFixture.EVENT + "/talks/" + topicGuid(debuggers),
				"/" + ScheduleFixture.EVENT + "/schedule/rooms/" + fixture.room("Hall B").guid(),
				"/" + ScheduleFixture.EVENT + "/microconferences/tools");
		assertThat(talk.select("input[name=talk]").attr("value")).isEqualTo(String.valueOf(debuggers));
		assertThat(talk.select("input[name=_csrf]")).hasSize(1);
		Element session = page.select(".agenda-list > li").get(1);
		assertThat(session.select(".session-when").text()).isEqualTo("10:00–13:30 · Hall A");
		assertThat(session.select("input[name=microconference]").attr("value"))
			.isEqualTo(String.valueOf(fixture.mc("kernel").id()));
		assertThat(page.select("#schedule_zone").attr("data-event-zone")).isEqualTo("Europe/Berlin");
		assertThat(page.select("#agenda_feed button").eachText()).containsExactly("Make a calendar link");
	}

	@Test
	void unmarkingByTheFormTakesTheItemOffTheAgenda() {
		WebClient user = signedIn();

		HttpResponse<String> unmarked = user.submit(AGENDA, AGENDA + "/unmark",
				Map.of("talk", String.valueOf(debuggers)));

		assertThat(unmarked.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(unmarked)).isEqualTo(AGENDA);
		assertThat(user.page(AGENDA).select(".agenda-list > li .session-title").eachText())
			.containsExactly("Kernel MC");
	}

	@Test
	void theCalendarLinkIsShownOnceReplacedByANewOneAndStopped() {
		WebClient user = signedIn();

		Document made = Jsoup.parse(user.submit(AGENDA, AGENDA + "/feed", Map.of()).body());
		String first = made.select("#agenda_feed_url").attr("value");
		assertThat(first).startsWith("http://localhost:8080/" + ScheduleFixture.EVENT + "/agenda/feeds/")
			.endsWith(".ics");
		assertThat(user.get(pathOf(first)).statusCode()).isEqualTo(200);
		Document later = user.page(AGENDA);
		assertThat(later.select("#agenda_feed_url")).as("shown once").isEmpty();
		assertThat(later.select("#agenda_feed button").eachText()).containsExactly("Make a new link", "Stop the link");

		String second = Jsoup.parse(user.submit(AGENDA, AGENDA + "/feed", Map.of()).body())
			.select("#agenda_feed_url")
			.attr("value");
		assertThat(user.get(pathOf(first)).statusCode()).as("replaced").isEqualTo(404);
		assertThat(user.get(pathOf(second)).statusCode()).isEqualTo(200);

		HttpResponse<String> stopped = user.submit(AGENDA, AGENDA + "/feed/stop", Map.of());
		assertThat(stopped.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(stopped.body()).select("#agenda_feed [role=status]").text())
			.isEqualTo("Your calendar link no longer works.");
		assertThat(user.get(pathOf(second)).statusCode()).as("stopped").isEqualTo(404);
	}

	@Test
	void nobodyIsToldHowToFillItAndViewingMakesNoCookieNorSession() {
		HttpResponse<String> response = WebClient.browser(port).get(AGENDA);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h2").eachText()).containsExactly("How to fill it");
		assertThat(page.select("form")).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION")).isZero();
	}

	@Test
	void aVisitorWithACookieSeesTheirAgendaAndMakesTheLinkWithTheHeaderButNoSession() {
		WebClient visitor = WebClient.browser(port);
		HttpResponse<String> marked = visitor.send(withHeader("/" + ScheduleFixture.EVENT + "/interest",
				"application/json", "{\"talk\": " + debuggers + ", \"interested\": true}"));
		assertThat(marked.statusCode()).isEqualTo(200);

		HttpResponse<String> agenda = visitor.get(AGENDA);
		assertThat(agenda.headers().allValues("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(agenda.body());
		assertThat(page.select(".agenda-list > li .session-title").eachText()).containsExactly("Debuggers");
		assertThat(page.select("input[name=_csrf]")).as("no session to keep a token in").isEmpty();

		HttpResponse<String> made = visitor.send(withHeader(AGENDA + "/feed", "application/x-www-form-urlencoded", ""));
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(Jsoup.parse(made.body()).select("#agenda_feed_url").attr("value")).contains("/agenda/feeds/");
		assertThat(count("SELECT COUNT(*) FROM agenda_feed")).isEqualTo(1);
		assertThat(visitor.hasSessionCookie()).isFalse();
	}

	@Test
	void aVisitorWithoutACookieWhoPostsIsToldAndNothingIsMade() {
		WebClient stranger = WebClient.browser(port);

		HttpResponse<String> refused = stranger
			.send(withHeader(AGENDA + "/feed", "application/x-www-form-urlencoded", ""));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[role=status]").text())
			.startsWith("Nothing was changed: this browser has not marked anything yet");
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM agenda_feed")).isZero();
	}

	@Test
	void aPostWithNeitherTheHeaderNorATokenIsRefusedAndChangesNothing() {
		WebClient visitor = WebClient.browser(port);
		visitor.send(withHeader("/" + ScheduleFixture.EVENT + "/interest", "application/json",
				"{\"talk\": " + debuggers + ", \"interested\": true}"));
		WebClient user = signedIn();

		assertThat(visitor.post(AGENDA + "/feed", Map.of()).statusCode()).isEqualTo(403);
		assertThat(user.post(AGENDA + "/feed", Map.of()).statusCode()).isEqualTo(403);
		assertThat(user.post(AGENDA + "/unmark", Map.of("talk", String.valueOf(debuggers))).statusCode())
			.isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM agenda_feed")).isZero();
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isEqualTo(3);
	}

	@Test
	void anUnknownEventAnswers404() {
		WebClient user = signedIn();

		assertThat(user.get("/no_such_event/agenda").statusCode()).isEqualTo(404);
		assertThat(WebClient.browser(port).get("/no_such_event/agenda").statusCode()).isEqualTo(404);
		assertThat(user.send(withHeader("/no_such_event/agenda/feed", "application/x-www-form-urlencoded", ""))
			.statusCode()).isEqualTo(404);
	}

	private WebClient signedIn() {
		return WebClient.browser(port).signedIn(USER, AccountFixture.PASSWORD);
	}

	private HttpRequest withHeader(String path, String contentType, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", contentType)
			.header("Accept", WebClient.BROWSER_ACCEPT)
			.header("X-Requested-With", "fetch")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private String topicGuid(long topicId) {
		return jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(String.class).single();
	}

	private static String pathOf(String feedUrl) {
		return URI.create(feedUrl).getPath();
	}

}
