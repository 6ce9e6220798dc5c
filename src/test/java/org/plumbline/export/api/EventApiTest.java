package org.plumbline.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.EventCatalog;
import org.plumbline.importer.EventFiles;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.ActingOrganiser;
import org.plumbline.people.MergeRequest;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonDuplicates;
import org.plumbline.people.PersonSummary;
import org.plumbline.people.ValueFrom;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API on the schedule fixture event: what its public pages show and its latest
 * released timetable, paginated, as problem+json when asked wrongly, and 304 to a client
 * that has the answer already. {@link EventApiPostgresTest} runs the same on PostgreSQL.
 */
class EventApiTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	private static final String EVENT = "/api/v1/events/" + ScheduleFixture.EVENT;

	@Autowired
	EventCatalog events;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PersonDuplicates duplicates;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	EventFiles files;

	ScheduleFixture fixture;

	PersonSummary ana;

	WebClient client;

	EventApiTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		ana = people.create("Ana Speaker", List.of("Ana Speaker"), null);
		client = WebClient.browser(port).withoutCookies();
	}

	@Test
	void theEventIsListedWithItsDatesZoneAndLatestReleasedVersion() {
		assertThat(json(get(EVENT)).get("scheduleVersion").isNull()).isTrue();
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();

		JsonNode list = json(get("/api/v1/events?size=100"));
		JsonNode event = json(get(EVENT));

		assertThat(each(list.get("items"), "slug")).contains(ScheduleFixture.EVENT);
		assertThat(event.get("name").asString()).isEqualTo("Schedule Conference 2027");
		assertThat(event.get("startDate").asString()).isEqualTo("2027-10-29");
		assertThat(event.get("endDate").asString()).isEqualTo("2027-11-01");
		assertThat(event.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(event.get("venue").asString()).isEqualTo("Messe Berlin");
		assertThat(event.get("scheduleVersion").asInt()).isEqualTo(1);
	}

	@Test
	void microconferencesCarryTheirTextAndTheirLeadsAsWrittenWithThePersonsGuid() {
		JsonNode mcs = json(get(EVENT + "/microconferences")).get("items");

		assertThat(each(mcs, "slug")).containsExactly("kernel", "tools");
		JsonNode kernel = mcs.get(0);
		assertThat(kernel.get("title").asString()).isEqualTo("Kernel MC");
		assertThat(kernel.get("guid").asString()).isEqualTo(fixture.mc("kernel").guid().toString());
		assertThat(kernel.get("description").asString()).isEqualTo("About kernel.");
		assertThat(kernel.get("leadsCaption").asString()).isEqualTo("MC leads");
		assertThat(kernel.get("leads").get(0).get("name").asString()).isEqualTo("Lena Lead");
		assertThat(kernel.get("leads").get(0).get("guid").asString())
			.isEqualTo(guidOf(fixture.mc("kernel").leads().get(0).personId()));
		assertThat(kernel.get("keyAttendees").get(0).get("role").asString()).isEqualTo("maintainer");
	}

	@Test
	void roomsComeInOrderWithTheirCapacity() {
		JsonNode rooms = json(get(EVENT + "/rooms")).get("items");

		assertThat(each(rooms, "name")).containsExactly("Hall A", "Hall B");
		assertThat(rooms.get(0).get("capacity").asInt()).isEqualTo(100);
		assertThat(rooms.get(0).get("guid").asString()).isEqualTo(fixture.room("Hall A").guid().toString());
	}

	@Test
	void talksOfTheReleaseCarryTheirPlaceWithTheOffsetOfTheirDayAndLeaveOutWhatWasNotReleased() {
		assertThat(json(get(EVENT + "/talks")).get("total").asInt()).isZero();
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();
		long kernelFriday = fixture.placeMc("kernel", "Hall A", "2027-10-29T15:00");
		fixture.placeTalk(kernelFriday,
				fixture.topic("kernel", "Only in the draft", TopicState.CONFIRMED, 30, ana.id()), "2027-10-29T15:00");

		JsonNode talks = json(get(EVENT + "/talks")).get("items");

		assertThat(each(talks, "title")).containsExactly("Before the change", "After the change");
		JsonNode before = talks.get(0);
		assertThat(before.get("startsAt").asString()).isEqualTo("2027-10-29T10:00:00+02:00");
		assertThat(before.get("endsAt").asString()).isEqualTo("2027-10-29T10:45:00+02:00");
		assertThat(before.get("durationMinutes").asInt()).isEqualTo(45);
		assertThat(before.get("abstract").asString()).isEqualTo("About **it**.");
		assertThat(before.get("exportId").asInt()).isPositive();
		assertThat(before.get("speakers").get(0).get("name").asString()).isEqualTo("Ana Speaker");
		assertThat(before.get("speakers").get(0).get("guid").asString()).isEqualTo(ana.guid().toString());
		assertThat(before.get("track").get("slug").asString()).isEqualTo("kernel");
		assertThat(before.get("room").get("name").asString()).isEqualTo("Hall A");
		assertThat(talks.get(1).get("startsAt").asString()).isEqualTo("2027-10-31T10:00:00+01:00");
	}

	@Test
	void talksArePagedByStartThenRoomAndCountOnlyThoseTheReleaseStillShows() {
		long ben = people.create("Ben Speaker", List.of("Ben Speaker"), null).id();
		long kernelInHallB = fixture.placeMc("kernel", "Hall B", "2027-10-29T10:00");
		long toolsInHallA = fixture.placeMc("tools", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(kernelInHallB, fixture.topic("kernel", "B later", TopicState.CONFIRMED, 30, ben),
				"2027-10-29T10:30");
		fixture.placeTalk(kernelInHallB, fixture.topic("kernel", "B first", TopicState.CONFIRMED, 30, ben),
				"2027-10-29T10:00");
		fixture.placeTalk(toolsInHallA, fixture.topic("tools", "A first", TopicState.CONFIRMED, 30, ana.id()),
				"2027-10-29T10:00");
		fixture.placeTalk(toolsInHallA, fixture.topic("tools", "A later", TopicState.CONFIRMED, 30, ana.id()),
				"2027-10-29T10:30");
		fixture.placeTalk(toolsInHallA, fixture.topic("tools", "Canceled", TopicState.CONFIRMED, 30, ana.id()),
				"2027-10-29T11:00");
		fixture.release("First");
		jdbc.sql("UPDATE topic SET state = 'CANCELED', cancel_reason = 'Ill' WHERE title = 'Canceled'").update();

		List<String> pageByPage = new ArrayList<>();
		for (int page = 1; page <= 4; page++) {
			pageByPage.addAll(each(json(get(EVENT + "/talks?page=" + page + "&size=1")).get("items"), "title"));
		}
		JsonNode whole = json(get(EVENT + "/talks"));
		JsonNode lastPage = json(get(EVENT + "/talks?page=2&size=3"));
		JsonNode beyond = json(get(EVENT + "/talks?page=5&size=1"));

		assertThat(each(whole.get("items"), "title")).containsExactly("A first", "B first", "A later", "B later");
		assertThat(pageByPage).isEqualTo(each(whole.get("items"), "title"));
		assertThat(whole.get("total").asInt()).isEqualTo(4);
		assertThat(each(lastPage.get("items"), "title")).containsExactly("B later");
		assertThat(lastPage.get("total").asInt()).isEqualTo(4);
		assertThat(lastPage.get("links").get("last").asString()).isEqualTo(EVENT + "/talks?page=2&size=3");
		assertThat(lastPage.get("links").get("prev").asString()).isEqualTo(EVENT + "/talks?page=1&size=3");
		assertThat(lastPage.get("links").get("next").isNull()).isTrue();
		assertThat(beyond.get("items")).isEmpty();
		assertThat(beyond.get("total").asInt()).isEqualTo(4);
		assertThat(beyond.get("links").get("prev").asString()).isEqualTo(EVENT + "/talks?page=4&size=1");
	}

	@Test
	void speakersAreThoseWhoSpeakOrLeadInTheReleaseWithoutAnyAddress() {
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();

		HttpResponse<String> response = get(EVENT + "/speakers");
		JsonNode speakers = json(response).get("items");

		assertThat(each(speakers, "name")).containsExactly("Ana Speaker", "Lena Lead");
		assertThat(speakers.get(0).get("talks")).hasSize(2);
		assertThat(speakers.get(1).get("leads").get(0).asString()).isEqualTo("kernel");
		assertThat(response.body()).doesNotContain("@").doesNotContain("Kim Key");
	}

	@Test
	void theScheduleIsTheLatestReleasedVersionWithItsSessionsAndTalks() {
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();

		JsonNode schedule = json(get(EVENT + "/schedule"));

		assertThat(schedule.get("version").asInt()).isEqualTo(1);
		assertThat(schedule.get("releasedAt").asString()).isEqualTo("2027-10-01T11:00:00+02:00");
		assertThat(schedule.get("changeNote").asString()).isEqualTo("First");
		assertThat(each(schedule.get("rooms"), "name")).containsExactly("Hall A", "Hall B");
		JsonNode first = schedule.get("sessions").get(0);
		assertThat(first.get("kind").asString()).isEqualTo("MICROCONFERENCE");
		assertThat(first.get("track").get("title").asString()).isEqualTo("Kernel MC");
		assertThat(first.get("leads").get(0).get("name").asString()).isEqualTo("Lena Lead");
		assertThat(each(first.get("talks"), "title")).containsExactly("Before the change");

		clock.set(Instant.parse("2027-10-02T09:00:00Z"));
		fixture.release("Second");
		assertThat(json(get(EVENT + "/schedule")).get("version").asInt()).isEqualTo(2);
	}

	@Test
	void theScheduleBeforeAnyReleaseIsAProblemNotAnEmptyTimetable() {
		HttpResponse<String> response = get(EVENT + "/schedule");

		assertProblem(response, 404);
		assertThat(json(response).get("title").asString()).isEqualTo("No released timetable");
		assertThat(json(response).get("detail").asString()).contains("Schedule Conference 2027");
	}

	@Test
	void anUnknownEventIsA404ProblemEvenForABrowser() {
		for (String path : List.of("/api/v1/events/no_such_event", "/api/v1/events/no_such_event/talks",
				"/api/v1/events/no_such_event/schedule")) {
			HttpResponse<String> response = client.get(path, WebClient.BROWSER_ACCEPT);

			assertProblem(response, 404);
			assertThat(json(response).get("title").asString()).isEqualTo("Unknown event");
			assertThat(json(response).get("detail").asString()).isEqualTo("There is no event \"no_such_event\".");
		}
	}

	@Test
	void listsArePaginatedWithLinksToTheOtherPages() {
		JsonNode first = json(get(EVENT + "/rooms?size=1"));
		JsonNode second = json(get(EVENT + "/rooms?page=2&size=1"));
		JsonNode beyond = json(get(EVENT + "/rooms?page=3&size=1"));

		assertThat(each(first.get("items"), "name")).containsExactly("Hall A");
		assertThat(first.get("total").asInt()).isEqualTo(2);
		assertThat(first.get("links").get("next").asString()).isEqualTo(EVENT + "/rooms?page=2&size=1");
		assertThat(first.get("links").get("prev").isNull()).isTrue();
		assertThat(each(second.get("items"), "name")).containsExactly("Hall B");
		assertThat(second.get("links").get("last").asString()).isEqualTo(EVENT + "/rooms?page=2&size=1");
		assertThat(second.get("links").get("next").isNull()).isTrue();
		assertThat(beyond.get("items")).isEmpty();
	}

	@Test
	void aBadPageOrSizeIsA400ProblemNamingTheParameter() {
		for (String[] asked : List.of(new String[] { "page=0", "page" }, new String[] { "page=two", "page" },
				new String[] { "size=0", "size" }, new String[] { "size=101", "size" })) {
			HttpResponse<String> response = get(EVENT + "/talks?" + asked[0]);

			assertThat(response.statusCode()).as(asked[0]).isEqualTo(400);
			assertProblem(response, 400);
			assertThat(json(response).get("parameter").asString()).as(asked[0]).isEqualTo(asked[1]);
			assertThat(json(response).get("detail").asString()).as(asked[0]).startsWith(asked[1] + " must be");
		}
	}

	@Test
	void aClientThatHasTheAnswerGets304UntilTheDataChanges() {
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();
		HttpResponse<String> first = get(EVENT + "/talks");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> sameEtag = get(EVENT + "/talks", "If-None-Match", etag);
		HttpResponse<String> sameDate = get(EVENT + "/talks", "If-Modified-Since", lastModified);
		clock.set(Instant.parse("2027-10-02T09:00:00Z"));
		jdbc.sql("UPDATE topic SET title = 'Renamed' WHERE title = 'Before the change'").update();
		HttpResponse<String> afterTheChange = get(EVENT + "/talks", "If-None-Match", etag);

		assertThat(etag).startsWith("W/\"");
		assertThat(sameEtag.statusCode()).isEqualTo(304);
		assertThat(sameEtag.body()).isEmpty();
		assertThat(sameDate.statusCode()).isEqualTo(304);
		assertThat(afterTheChange.statusCode()).isEqualTo(200);
		assertThat(afterTheChange.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
		assertThat(afterTheChange.body()).contains("Renamed");
	}

	@Test
	void aPersonMergeOnTheSitesPageIsNewsToAClientThatHasTheOldDate() {
		PersonSummary typo = people.create("Ana Spaeker", List.of("Ana Spaeker"), null);
		long friday = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeTalk(friday, fixture.topic("kernel", "Spoken by the typo", TopicState.CONFIRMED, 45, typo.id()),
				"2027-10-29T10:00");
		fixture.release("First");
		HttpResponse<String> before = get(EVENT + "/talks");
		String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
		long admin = new AccountFixture(jdbc, people, passwords).account("merger@api.test", "Mia Merger");

		clock.set(httpDate(lastModified).plus(Duration.ofDays(1)));
		duplicates.merge(new MergeRequest(ana.id(), 0, typo.id(), 0, ValueFrom.KEPT, ValueFrom.KEPT, ValueFrom.KEPT),
				ActingOrganiser.siteAdmin(admin));
		HttpResponse<String> after = get(EVENT + "/talks", "If-Modified-Since", lastModified);

		assertThat(each(json(before).get("items").get(0).get("speakers"), "guid"))
			.containsExactly(typo.guid().toString());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(each(json(after).get("items").get(0).get("speakers"), "guid"))
			.containsExactly(ana.guid().toString());
		assertThat(httpDate(after.headers().firstValue("Last-Modified").orElseThrow())).isAfter(httpDate(lastModified));
	}

	@Test
	void anEventDataFileImportedAgainIsNewsToAClientThatHasTheOldDate() {
		String path = "/api/v1/events/api_refile/microconferences";
		files.importFile(eventFile("First title"), true);
		HttpResponse<String> before = get(path);
		String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();

		clock.set(httpDate(lastModified).plus(Duration.ofDays(1)));
		files.importFile(eventFile("Second title"), true);
		HttpResponse<String> after = get(path, "If-Modified-Since", lastModified);

		assertThat(each(json(before).get("items"), "title")).containsExactly("First title");
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(each(json(after).get("items"), "title")).containsExactly("Second title");
		assertThat(httpDate(after.headers().firstValue("Last-Modified").orElseThrow())).isAfter(httpDate(lastModified));
	}

	@Test
	void everyAnswerCarriesAnEtagAndCreatesNoSession() {
		releaseOneTalkOnEachSideOfTheEndOfSummerTime();
		for (String path : List.of("/api/v1/events", EVENT, EVENT + "/microconferences", EVENT + "/rooms",
				EVENT + "/talks", EVENT + "/speakers", EVENT + "/schedule")) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
			assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
			assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	/**
	 * Kernel MC in Hall A on Friday morning (summer time, +02:00) and Sunday morning
	 * (winter time, +01:00), with one confirmed talk of Ana's in each, released as
	 * version 1 at 2027-10-01 09:00 UTC.
	 */
	private void releaseOneTalkOnEachSideOfTheEndOfSummerTime() {
		long friday = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long sunday = fixture.placeMc("kernel", "Hall A", "2027-10-31T10:00");
		fixture.placeTalk(friday, fixture.topic("kernel", "Before the change", TopicState.CONFIRMED, 45, ana.id()),
				"2027-10-29T10:00");
		fixture.placeTalk(sunday, fixture.topic("kernel", "After the change", TopicState.CONFIRMED, 30, ana.id()),
				"2027-10-31T10:00");
		fixture.release("First");
	}

	private String guidOf(long personId) {
		return people.findAll(List.of(personId)).get(personId).guid().toString();
	}

	/** A field of each element of an array, not of the elements' own objects. */
	private static List<String> each(JsonNode array, String field) {
		return array.valueStream().map(element -> element.get(field).asString()).toList();
	}

	private HttpResponse<String> get(String path) {
		return client.getJson(path);
	}

	private HttpResponse<String> get(String path, String header, String value) {
		return client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Accept", "application/json")
			.header(header, value)
			.build());
	}

	/** An event data file with one accepted MC of this title, and no release. */
	private static byte[] eventFile(String mcTitle) {
		return """
				{"format": "plumbline-event", "formatVersion": 1,
				 "event": {"slug": "api_refile", "name": "Refiled", "startDate": "2027-11-01",
				           "endDate": "2027-11-02", "timeZone": "Europe/Berlin"},
				 "rooms": [{"name": "Refile Hall", "capacity": 80}],
				 "microconferences": [{"slug": "refiled", "title": "%s", "status": "ACCEPTED",
				                       "leads": [{"name": "Rafaela Refiler"}]}]}
				""".formatted(mcTitle).getBytes(StandardCharsets.UTF_8);
	}

	private static Instant httpDate(String header) {
		return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("status").asInt()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

}
