package org.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.MaterialFiles;
import org.plumbline.material.MaterialTalk;
import org.plumbline.material.MaterialUpload;
import org.plumbline.material.Recordings;
import org.plumbline.material.TalkMaterials;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The standard exports of the fixture event's released timetable: frab XML and c3voc JSON
 * valid against the schemas copied from c3voc, iCalendar parsed back by ical4j at the
 * JSON's times, on both sides of the end of summer time; stored GUIDs and export numbers;
 * the same bytes for every visitor. {@link ScheduleExportsPostgresTest} runs the same on
 * PostgreSQL.
 */
class ScheduleExportsTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	static final String EXPORTS = "/" + ScheduleFixture.EVENT + "/schedule/export/";

	@Autowired
	EventCatalog events;

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	PublishedSchedule published;

	@Autowired
	ScheduleCalendars calendars;

	@Autowired
	Recordings recordings;

	@Autowired
	TalkMaterials talkMaterials;

	@Autowired
	MaterialFiles materialFiles;

	@Autowired
	PasswordEncoder passwords;

	ScheduleFixture fixture;

	long ana;

	long bo;

	ScheduleExportsTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		bo = people.create("Bo Ödegaard", List.of("Bo Ödegaard"), null).id();
	}

	/**
	 * Kernel MC in Hall A on Saturday morning (summer time) with two confirmed talks;
	 * Tools MC in Hall B on Sunday morning (winter time) with none.
	 */
	private void releaseAcrossTheEndOfSummerTime() {
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-31T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana, bo),
				"2027-10-30T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Ünïcode & <markup>", TopicState.CONFIRMED, 45, bo),
				"2027-10-30T10:30");
		clock.set(Instant.parse("2027-10-02T12:00:00Z"));
		fixture.release("First version");
	}

	@Test
	void theXmlExportIsValidAgainstTheFrabSchemaWithTalksAndAnMcSessionWithoutTalks() {
		releaseAcrossTheEndOfSummerTime();

		HttpResponse<String> response = anonymous().get(EXPORTS + "schedule.xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		ScheduleFormats.validateXml(response.body());
		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>");
		var document = org.jsoup.Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(document.select("conference > acronym").text()).isEqualTo("sched_conf");
		assertThat(document.select("conference > time_zone_name").text()).isEqualTo("Europe/Berlin");
		assertThat(document.select("event"))
			.extracting(event -> event.selectFirst("title").text(), event -> event.selectFirst("type").text(),
					event -> event.selectFirst("track").text(), event -> event.selectFirst("date").text(),
					event -> event.selectFirst("duration").text(), event -> event.selectFirst("room").text())
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("Scheduler latency", "talk", "Kernel MC",
							"2027-10-30T10:00:00+02:00", "00:30", "Hall A"),
					org.assertj.core.api.Assertions.tuple("Ünïcode & <markup>", "talk", "Kernel MC",
							"2027-10-30T10:30:00+02:00", "00:45", "Hall A"),
					org.assertj.core.api.Assertions.tuple("Tools MC", "microconference", "Tools MC",
							"2027-10-31T10:00:00+01:00", "03:30", "Hall B"));
		var latency = document.select("event").get(0);
		UUID talkGuid = topicGuid("Scheduler latency");
		assertThat(latency.attr("guid")).isEqualTo(talkGuid.toString());
		assertThat(latency.attr("id")).isEqualTo(String.valueOf(exportNumber(talkGuid)));
		assertThat(latency.selectFirst("slug").text())
			.isEqualTo("sched_conf-" + exportNumber(talkGuid) + "-scheduler-latency");
		assertThat(latency.selectFirst("url").text()).isEqualTo("http://localhost:8080/sched_conf/talks/" + talkGuid);
		assertThat(latency.select("persons > person"))
			.extracting(person -> person.text(), person -> person.attr("guid"))
			.containsExactly(org.assertj.core.api.Assertions.tuple("Ana Speaker", personGuid(ana)),
					org.assertj.core.api.Assertions.tuple("Bo Ödegaard", personGuid(bo)));
		assertThat(document.select("event").get(1).selectFirst("slug").text()).endsWith("-unicode-markup");
		assertThat(document.select("event").get(2).select("persons > person").text()).isEqualTo("Tom Lead");
		assertThat(document.select("day"))
			.extracting(day -> day.attr("date") + " " + day.attr("start") + " " + day.attr("end"))
			.contains("2027-10-31 2027-10-31T00:00:00+02:00 2027-11-01T00:00:00+01:00");
		assertThat(document.select("day[date=2027-10-30] > room")).extracting(room -> room.attr("name"))
			.containsExactly("Hall A", "Hall B");
		assertThat(document.select("day[date=2027-10-30] > room[name=Hall A]").attr("guid"))
			.isEqualTo(fixture.room("Hall A").guid().toString());
	}

	@Test
	void aTalksRecordingAndPublicMaterialsAreItsLinksAndAttachmentsInBothExportsStillValid() {
		releaseAcrossTheEndOfSummerTime();
		long organiser = new AccountFixture(jdbc, people, passwords).account("olga@exports.test", "Olga Organiser");
		new AccountFixture(jdbc, people, passwords).grant(fixture.event().id(), organiser, EventRole.ORGANISER, null);
		UUID kernelSession = recordings.ofTrack(fixture.event(), organiser, "kernel").sessions().getFirst().guid();
		recordings.save(fixture.event(), organiser, "kernel", kernelSession, 0, "https://video.example.org/kernel.mp4",
				Map.of(topicId("Ünïcode & <markup>"), "31:05"));
		MaterialTalk unicode = talkMaterials.managedTalk(organiser, fixture.event().id(), topicId("Ünïcode & <markup>"))
			.orElseThrow();
		UUID slides = materialFiles.addFile(unicode, "Slides & <notes>", false, pdf("slides.pdf")).guid();
		materialFiles.addFile(unicode, "Draft", true, pdf("draft.pdf"));
		talkMaterials.addLink(unicode, "Demo code", "https://git.example.org/unicode?ref=main&x=1", false);
		talkMaterials.addLink(unicode, "Private notes", "https://notes.example.org/secret", true);

		String json = anonymous().get(EXPORTS + "schedule.json").body();
		String xml = anonymous().get(EXPORTS + "schedule.xml").body();

		assertThat(ScheduleFormats.jsonViolations(json)).isEmpty();
		ScheduleFormats.validateXml(xml);
		List<JsonNode> events = ScheduleFormats.jsonEvents(json);
		assertThat(events.get(1).get("links"))
			.extracting(link -> link.get("type").asString(), link -> link.get("url").asString(),
					link -> link.get("title").asString())
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("media", "https://video.example.org/kernel.mp4#t=1865",
							"Recording, from this talk's start"),
					org.assertj.core.api.Assertions.tuple("related", "https://git.example.org/unicode?ref=main&x=1",
							"Demo code"));
		String slidesUrl = "http://localhost:8080/sched_conf/materials/" + slides;
		assertThat(events.get(1).get("attachments")).as("the public file only, at its absolute address")
			.extracting(file -> file.get("type").asString(), file -> file.get("url").asString(),
					file -> file.get("title").asString())
			.containsExactly(org.assertj.core.api.Assertions.tuple("slides", slidesUrl, "Slides & <notes>"));
		assertThat(events.get(0).get("links").get(0).get("url").asString())
			.as("a talk without its offset links the session's whole video")
			.isEqualTo("https://video.example.org/kernel.mp4");
		assertThat(events.get(0).has("attachments")).as("a talk without files").isFalse();
		assertThat(events.get(2).get("links")).as("the tools MC was not recorded").isEmpty();
		var document = org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
		var unicodeEvent = document.select("event").get(1);
		assertThat(unicodeEvent.select("links > link"))
			.extracting(link -> link.attr("type"), link -> link.attr("href"), link -> link.text())
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("media", "https://video.example.org/kernel.mp4#t=1865",
							"Recording, from this talk's start"),
					org.assertj.core.api.Assertions.tuple("related", "https://git.example.org/unicode?ref=main&x=1",
							"Demo code"));
		assertThat(unicodeEvent.select("attachments > attachment"))
			.extracting(file -> file.attr("type"), file -> file.attr("href"), file -> file.text())
			.containsExactly(org.assertj.core.api.Assertions.tuple("slides", slidesUrl, "Slides & <notes>"));
		assertThat(xml).doesNotContain("Draft", "Private notes", "notes.example.org");
		assertThat(json).doesNotContain("Draft", "Private notes", "notes.example.org");
	}

	@Test
	void aTalksOwnVideoIsItsRecordingOnItsPageAndAMediaLinkInBothExportsThoughItsSessionIsNotRecorded() {
		releaseAcrossTheEndOfSummerTime();
		long organiser = new AccountFixture(jdbc, people, passwords).account("olga@exports.test", "Olga Organiser");
		new AccountFixture(jdbc, people, passwords).grant(fixture.event().id(), organiser, EventRole.ORGANISER, null);
		MaterialTalk talk = talkMaterials.managedTalk(organiser, fixture.event().id(), topicId("Scheduler latency"))
			.orElseThrow();
		talkMaterials.addVideo(talk, "Talk video", "https://video.example.org/tools-talk.webm", false);
		talkMaterials.addVideo(talk, "Uncut video", "https://video.example.org/uncut.webm", true);

		String json = anonymous().get(EXPORTS + "schedule.json").body();
		String xml = anonymous().get(EXPORTS + "schedule.xml").body();

		assertThat(ScheduleFormats.jsonViolations(json)).isEmpty();
		ScheduleFormats.validateXml(xml);
		assertThat(ScheduleFormats.jsonEvents(json).get(0).get("links"))
			.extracting(link -> link.get("type").asString(), link -> link.get("url").asString())
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("media", "https://video.example.org/tools-talk.webm"));
		var document = org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
		assertThat(document.select("event").get(0).select("links > link"))
			.extracting(link -> link.attr("type"), link -> link.attr("href"))
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("media", "https://video.example.org/tools-talk.webm"));
		var page = anonymous().page("/" + fixture.event().slug() + "/talks/" + topicGuid("Scheduler latency"));
		assertThat(page.select(".talk-video a").eachAttr("href"))
			.containsExactly("https://video.example.org/tools-talk.webm");
		assertThat(page.select("#talk-recording")).as("its session has no recording").isEmpty();
		assertThat(page.text()).doesNotContain("uncut.webm");
	}

	private static MaterialUpload pdf(String name) {
		byte[] content = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		return new MaterialUpload(name, content.length, new org.springframework.core.io.ByteArrayResource(content));
	}

	@Test
	void theJsonExportIsValidAgainstTheC3vocSchemaAndNamesTheTimeZone() {
		releaseAcrossTheEndOfSummerTime();

		HttpResponse<String> response = anonymous().get(EXPORTS + "schedule.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
		assertThat(ScheduleFormats.jsonViolations(response.body())).isEmpty();
		JsonNode conference = ScheduleFormats.json(response.body()).get("schedule").get("conference");
		assertThat(conference.get("time_zone_name").asString()).isEqualTo("Europe/Berlin");
		assertThat(conference.get("daysCount").asInt()).isEqualTo(4);
		List<JsonNode> talks = ScheduleFormats.jsonEvents(response.body());
		assertThat(talks)
			.extracting(event -> event.get("title").asString(), event -> event.get("date").asString(),
					event -> event.get("end").asString())
			.containsExactly(
					org.assertj.core.api.Assertions.tuple("Scheduler latency", "2027-10-30T10:00:00+02:00",
							"2027-10-30T10:30:00+02:00"),
					org.assertj.core.api.Assertions.tuple("Ünïcode & <markup>", "2027-10-30T10:30:00+02:00",
							"2027-10-30T11:15:00+02:00"),
					org.assertj.core.api.Assertions.tuple("Tools MC", "2027-10-31T10:00:00+01:00",
							"2027-10-31T13:30:00+01:00"));
		JsonNode latency = talks.getFirst();
		assertThat(latency.get("id").asInt()).isEqualTo(exportNumber(topicGuid("Scheduler latency")));
		assertThat(latency.get("persons").get(1).get("name").asString()).isEqualTo("Bo Ödegaard");
		assertThat(latency.get("persons").get(1).get("guid").asString()).isEqualTo(personGuid(bo));
		assertThat(latency.get("abstract").asString()).isEqualTo("About **it**.");
	}

	@Test
	void theValidatorRefusesC3vocsOwnInvalidExample() {
		assertThat(ScheduleFormats.jsonViolations(ScheduleFormats.resource("examples/invalid-example.json")))
			.isNotEmpty();
	}

	@Test
	void icalsValidationRefusesAnEventWithoutTheUidAndStampRfc5545Requires() {
		String withoutUid = """
				BEGIN:VCALENDAR\r
				VERSION:2.0\r
				PRODID:-//Test//Test//EN\r
				BEGIN:VEVENT\r
				DTSTART:20271030T080000Z\r
				SUMMARY:Nobody's\r
				END:VEVENT\r
				END:VCALENDAR\r
				""";

		assertThatThrownBy(() -> ScheduleFormats.calendar(withoutUid)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("invalid");
	}

	@Test
	void theCalendarHasTheJsonsEventsAtTheSameInstantsInTheEventsZone() {
		releaseAcrossTheEndOfSummerTime();
		WebClient visitor = anonymous();
		List<JsonNode> jsonEvents = ScheduleFormats.jsonEvents(visitor.get(EXPORTS + "schedule.json").body());

		HttpResponse<String> response = visitor.get(EXPORTS + "schedule.ics");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"sched_conf.ics\"");
		Calendar calendar = ScheduleFormats.calendar(response.body());
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
		List<VEvent> vevents = calendar.getComponents("VEVENT");
		assertThat(vevents).extracting(ScheduleExportsTest::uid)
			.containsExactlyElementsOf(
					jsonEvents.stream().map(event -> event.get("guid").asString() + "@localhost").toList());
		assertThat(vevents).extracting(ScheduleExportsTest::start)
			.containsExactlyElementsOf(
					jsonEvents.stream().map(event -> instant(event.get("date").asString())).toList());
		assertThat(vevents).extracting(ScheduleExportsTest::end)
			.containsExactlyElementsOf(jsonEvents.stream().map(event -> instant(event.get("end").asString())).toList());
		assertThat(response.body()).contains("DTSTART;TZID=Europe/Berlin:20271030T100000",
				"DTSTART;TZID=Europe/Berlin:20271031T100000", "DTSTAMP:20271002T120000Z");
		VEvent latency = vevents.getFirst();
		assertThat(latency.getSummary().getValue()).isEqualTo("Scheduler latency");
		assertThat(latency.getLocation().getValue()).isEqualTo("Hall A");
		assertThat(latency.getDescription().getValue())
			.isEqualTo("About **it**.\n\nSpeakers: Ana Speaker, Bo Ödegaard\n\nTrack: Kernel MC");
	}

	@Test
	void oneTalksCalendarAndOneMcSessionsCalendarSpanWhatTheyName() {
		releaseAcrossTheEndOfSummerTime();
		UUID talk = topicGuid("Scheduler latency");
		UUID kernelSession = published.latest(fixture.event()).orElseThrow().sessions().getFirst().guid();

		HttpResponse<String> talkResponse = anonymous().get(EXPORTS + "talks/" + talk + ".ics");
		HttpResponse<String> sessionResponse = anonymous().get(EXPORTS + "sessions/" + kernelSession + ".ics");

		assertThat(talkResponse.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"sched_conf-" + talk + ".ics\"");
		List<VEvent> talkEvents = ScheduleFormats.calendar(talkResponse.body()).getComponents("VEVENT");
		assertThat(talkEvents).extracting(ScheduleExportsTest::uid, ScheduleExportsTest::start)
			.containsExactly(
					org.assertj.core.api.Assertions.tuple(talk + "@localhost", Instant.parse("2027-10-30T08:00:00Z")));
		List<VEvent> sessionEvents = ScheduleFormats.calendar(sessionResponse.body()).getComponents("VEVENT");
		assertThat(sessionEvents)
			.extracting(ScheduleExportsTest::uid, ScheduleExportsTest::start, ScheduleExportsTest::end)
			.containsExactly(org.assertj.core.api.Assertions.tuple(kernelSession + "@localhost",
					Instant.parse("2027-10-30T08:00:00Z"), Instant.parse("2027-10-30T11:30:00Z")));
		assertThat(sessionEvents.getFirst().getDescription().getValue()).isEqualTo("""
				Leads: Lena Lead

				10:00–10:30 Scheduler latency (Ana Speaker, Bo Ödegaard)
				10:30–11:15 Ünïcode & <markup> (Bo Ödegaard)""");
	}

	@Test
	void anAgendaCalendarHoldsTheChosenTalksAndSessionsOnly() {
		releaseAcrossTheEndOfSummerTime();
		var schedule = published.latest(fixture.event()).orElseThrow();
		UUID tools = schedule.sessions().get(1).guid();

		String ics = calendars.chosen(schedule, "My agenda",
				List.of(topicGuid("Ünïcode & <markup>"), tools, UUID.randomUUID()));

		assertThat(ScheduleFormats.calendar(ics).<VEvent>getComponents("VEVENT"))
			.extracting(event -> event.getSummary().getValue())
			.containsExactly("Ünïcode & <markup>", "Tools MC");
		assertThat(ics).contains("X-WR-CALNAME:My agenda");
	}

	@Test
	void guidsAndExportNumbersStayWhenTheNextReleaseMovesATalk() {
		releaseAcrossTheEndOfSummerTime();
		List<JsonNode> first = ScheduleFormats.jsonEvents(anonymous().get(EXPORTS + "schedule.json").body());
		jdbc.sql("""
				UPDATE timetable_talk SET starts_at = ?, ends_at = ?
				WHERE topic_id = (SELECT id FROM topic WHERE title = 'Scheduler latency')
				  AND timetable_id IN (SELECT id FROM timetable WHERE draft_of IS NOT NULL)""")
			.params(ScheduleFixture.at("2027-10-30T12:00").atOffset(java.time.ZoneOffset.UTC),
					ScheduleFixture.at("2027-10-30T12:30").atOffset(java.time.ZoneOffset.UTC))
			.update();
		fixture.release("Second version");

		List<JsonNode> second = ScheduleFormats.jsonEvents(anonymous().get(EXPORTS + "schedule.json").body());

		assertThat(second).extracting(event -> event.get("title").asString())
			.containsExactly("Ünïcode & <markup>", "Scheduler latency", "Tools MC");
		assertThat(second).extracting(event -> event.get("guid").asString() + " " + event.get("id").asInt())
			.containsExactlyInAnyOrderElementsOf(
					first.stream().map(event -> event.get("guid").asString() + " " + event.get("id").asInt()).toList());
		assertThat(second.get(1).get("date").asString()).isEqualTo("2027-10-30T12:00:00+02:00");
	}

	@Test
	void everyVisitorGetsTheSameBytesWithoutACookieAndAMatchingEtagGets304() {
		releaseAcrossTheEndOfSummerTime();
		for (String file : List.of("schedule.xml", "schedule.json", "schedule.ics")) {
			HttpResponse<byte[]> first = anonymous().getBytes(EXPORTS + file);
			HttpResponse<byte[]> second = anonymous().getBytes(EXPORTS + file);

			assertThat(second.body()).as(file).isEqualTo(first.body());
			assertThat(first.headers().allValues("Set-Cookie")).as(file).isEmpty();
			assertThat(first.headers().firstValue("Last-Modified")).as("titles are read live: no date fits them")
				.isEmpty();
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(second.headers().firstValue("ETag")).as(file).hasValue(etag);
			HttpResponse<String> revalidated = anonymous().send(HttpRequest.newBuilder(anonymous().uri(EXPORTS + file))
				.header("If-None-Match", etag)
				.GET()
				.build());
			assertThat(revalidated.statusCode()).as(file).isEqualTo(304);
		}
	}

	@Test
	void anUnknownEventAnEventWithoutAReleaseAndAnUnknownTalkAnswer404() {
		WebClient visitor = anonymous();
		assertThat(visitor.get("/no_such_event/schedule/export/schedule.xml").statusCode()).isEqualTo(404);
		for (String file : List.of("schedule.xml", "schedule.json", "schedule.ics")) {
			assertThat(visitor.get(EXPORTS + file).statusCode()).as("no release yet: " + file).isEqualTo(404);
		}
		releaseAcrossTheEndOfSummerTime();
		assertThat(visitor.get(EXPORTS + "talks/" + UUID.randomUUID() + ".ics").statusCode()).isEqualTo(404);
		assertThat(visitor.get(EXPORTS + "talks/not-a-guid.ics").statusCode()).isEqualTo(404);
		UUID session = published.latest(fixture.event()).orElseThrow().sessions().getFirst().guid();
		assertThat(visitor.get(EXPORTS + "talks/" + session + ".ics").statusCode()).as("a session is no talk")
			.isEqualTo(404);
		assertThat(visitor.get(EXPORTS + "sessions/" + topicGuid("Scheduler latency") + ".ics").statusCode())
			.as("a talk is no session")
			.isEqualTo(404);
	}

	private WebClient anonymous() {
		return WebClient.browser(port).withoutCookies();
	}

	private static Instant instant(String offsetDateTime) {
		return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	private static String uid(VEvent event) {
		return event.getUid().orElseThrow().getValue();
	}

	private static Instant start(VEvent event) {
		return Instant.from(event.getDateTimeStart().getDate());
	}

	private static Instant end(VEvent event) {
		return Instant.from(event.getDateTimeEnd().getDate());
	}

	private long topicId(String title) {
		return count("SELECT id FROM topic WHERE title = ?", title);
	}

	private UUID topicGuid(String title) {
		return jdbc.sql("SELECT guid FROM topic WHERE title = ? AND event_id = ?")
			.params(title, fixture.event().id())
			.query(UUID.class)
			.single();
	}

	private int exportNumber(UUID guid) {
		return jdbc.sql("SELECT number FROM schedule_export_number WHERE event_id = ? AND guid = ?")
			.params(fixture.event().id(), guid)
			.query(Integer.class)
			.single();
	}

	private String personGuid(long personId) {
		return jdbc.sql("SELECT guid FROM person WHERE id = ?").param(personId).query(UUID.class).single().toString();
	}

}
