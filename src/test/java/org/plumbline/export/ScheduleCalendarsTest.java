package org.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.InterestMarks;
import org.plumbline.schedule.InterestSubject;
import org.plumbline.schedule.PersonalAgendas;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every calendar file of the fixture event's release, not only the whole schedule's: one
 * talk's, one MC session's and a personal agenda's feed each carry exactly one VTIMEZONE,
 * the event's, pass ical4j's validation and hold the JSON exports' times for the same
 * GUIDs, on both sides of the end of summer time (Sunday 31 October 2027, 03:00 in
 * Berlin). Each talk links to its own page in every format.
 * {@link ScheduleCalendarsPostgresTest} runs the same on PostgreSQL.
 */
class ScheduleCalendarsTest extends RunningServerTest {

	static final String EXPORTS = "/" + ScheduleFixture.EVENT + "/schedule/export/";

	static final String SITE = "http://localhost:8080/" + ScheduleFixture.EVENT;

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	InterestMarks marks;

	@Autowired
	PersonalAgendas agendas;

	ScheduleFixture fixture;

	long latency;

	long buildSystems;

	ScheduleCalendarsTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	/**
	 * Saturday (summer time): Kernel MC in Hall A with two talks. Sunday (winter time):
	 * Tools MC in Hall B with none, and a plain track in Hall A with one talk.
	 */
	@BeforeEach
	void aReleaseOnBothSidesOfTheEndOfSummerTime() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		jdbc.sql("DELETE FROM agenda_feed").update();
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		long kernel = fixture.placeMc("kernel", "Hall A", "2027-10-30T10:00");
		fixture.placeMc("tools", "Hall B", "2027-10-31T10:00");
		latency = fixture.topic("kernel", "Scheduler latency", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(kernel, latency, "2027-10-30T10:00");
		fixture.placeTalk(kernel, fixture.topic("kernel", "Lock contention", TopicState.CONFIRMED, 45, ana),
				"2027-10-30T10:30");
		long lightning = fixture.plainTrack("lightning", "Lightning talks");
		long lightningSession = fixture.placeTrack(lightning, "Hall A", "2027-10-31T15:00");
		buildSystems = fixture.trackTopic(lightning, "Build systems", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(lightningSession, buildSystems, "2027-10-31T15:00");
		clock.set(Instant.parse("2027-10-02T12:00:00Z"));
		fixture.release("First version");
	}

	@Test
	void eachTalksCalendarHasTheEventsZoneOnceValidatesAndHoldsTheJsonsTimes() {
		WebClient visitor = anonymous();
		List<JsonNode> talks = ScheduleFormats.jsonEvents(visitor.get(EXPORTS + "schedule.json").body())
			.stream()
			.filter(event -> event.get("type").asString().equals("talk"))
			.toList();
		assertThat(talks).extracting(event -> event.get("date").asString())
			.as("talks on both sides of the end of summer time")
			.containsExactly("2027-10-30T10:00:00+02:00", "2027-10-30T10:30:00+02:00", "2027-10-31T15:00:00+01:00");

		for (JsonNode talk : talks) {
			HttpResponse<String> response = visitor.get(EXPORTS + "talks/" + talk.get("guid").asString() + ".ics");

			assertThat(response.statusCode()).isEqualTo(200);
			Calendar calendar = inTheEventsZone(response.body());
			assertThat(calendar.<VEvent>getComponents("VEVENT")).singleElement()
				.satisfies(vevent -> assertAtTheJsonsTimes(vevent, talk));
		}
	}

	@Test
	void anMcSessionsCalendarHasTheEventsZoneOnceValidatesAndHoldsTheJsonsTimes() {
		WebClient visitor = anonymous();
		Map<String, Span> spans = spansInTheJsonExports(visitor);
		JsonNode tools = ScheduleFormats.jsonEvents(visitor.get(EXPORTS + "schedule.json").body())
			.stream()
			.filter(event -> event.get("type").asString().equals("microconference"))
			.findFirst()
			.orElseThrow();
		String kernel = apiSessions(visitor).get("Kernel MC").get("guid").asString();

		for (String session : List.of(tools.get("guid").asString(), kernel)) {
			HttpResponse<String> response = visitor.get(EXPORTS + "sessions/" + session + ".ics");

			assertThat(response.statusCode()).isEqualTo(200);
			VEvent vevent = inTheEventsZone(response.body()).<VEvent>getComponents("VEVENT").getFirst();
			assertThat(span(vevent)).as(session).isEqualTo(spans.get(session));
		}
		assertThat(spans.get(kernel))
			.isEqualTo(new Span(Instant.parse("2027-10-30T08:00:00Z"), Duration.ofHours(3).plusMinutes(30)));
		assertThat(spans.get(tools.get("guid").asString()).start()).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
	}

	@Test
	void anAgendasFeedHasTheEventsZoneOnceValidatesAndHoldsTheJsonsTimes() {
		InterestMarker visitor = InterestMarker.visitor(InterestMarker.newVisitorId());
		long eventId = fixture.event().id();
		marks.mark(eventId, visitor, InterestSubject.microconference(fixture.mc("kernel").id()));
		marks.mark(eventId, visitor, InterestSubject.microconference(fixture.mc("tools").id()));
		marks.mark(eventId, visitor, InterestSubject.talk(buildSystems));
		String token = agendas.newFeedToken(fixture.event(), visitor);
		Map<String, Span> spans = spansInTheJsonExports(anonymous());

		HttpResponse<String> feed = anonymous().get("/" + ScheduleFixture.EVENT + "/agenda/feeds/" + token + ".ics");

		assertThat(feed.statusCode()).isEqualTo(200);
		List<VEvent> vevents = inTheEventsZone(feed.body()).getComponents("VEVENT");
		assertThat(vevents).extracting(vevent -> vevent.getSummary().getValue())
			.containsExactly("Kernel MC", "Tools MC", "Build systems");
		for (VEvent vevent : vevents) {
			assertThat(span(vevent)).as(vevent.getSummary().getValue()).isEqualTo(spans.get(guid(vevent)));
		}
	}

	@Test
	void aTalkLinksToItsOwnPageInEveryFormatAndAnMcSessionWithoutTalksToItsMcsPage() {
		WebClient visitor = anonymous();
		String latencyPage = SITE + "/talks/" + topicGuid(latency);
		String buildSystemsPage = SITE + "/talks/" + topicGuid(buildSystems);
		String toolsPage = SITE + "/microconferences/tools";
		String xml = visitor.get(EXPORTS + "schedule.xml").body();
		String json = visitor.get(EXPORTS + "schedule.json").body();

		ScheduleFormats.validateXml(xml);
		assertThat(ScheduleFormats.jsonViolations(json)).isEmpty();
		assertThat(Jsoup.parse(xml, "", Parser.xmlParser()).select("event > url").eachText()).as("by day, then room")
			.containsExactly(latencyPage, SITE + "/talks/" + topicGuid("Lock contention"), buildSystemsPage, toolsPage);
		assertThat(ScheduleFormats.jsonEvents(json)).extracting(event -> event.get("url").asString())
			.containsExactly(latencyPage, SITE + "/talks/" + topicGuid("Lock contention"), toolsPage, buildSystemsPage);
		List<VEvent> vevents = ScheduleFormats.calendar(visitor.get(EXPORTS + "schedule.ics").body())
			.getComponents("VEVENT");
		assertThat(vevents).extracting(vevent -> vevent.getUrl().getValue())
			.containsExactly(latencyPage, SITE + "/talks/" + topicGuid("Lock contention"), toolsPage, buildSystemsPage);
		assertThat(visitor.get(latencyPage.substring("http://localhost:8080".length())).statusCode())
			.as("the page the export links to")
			.isEqualTo(200);
	}

	/**
	 * The calendar parsed and validated, with exactly one VTIMEZONE, Europe/Berlin's, to
	 * which every start and end refers.
	 */
	private static Calendar inTheEventsZone(String ics) {
		Calendar calendar = ScheduleFormats.calendar(ics);
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin"));
		for (VEvent vevent : calendar.<VEvent>getComponents("VEVENT")) {
			assertThat(List.of(vevent.getDateTimeStart(), vevent.getDateTimeEnd()))
				.allSatisfy(time -> assertThat(time.<TzId>getParameter(Parameter.TZID))
					.hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Berlin")));
		}
		return calendar;
	}

	private static void assertAtTheJsonsTimes(VEvent vevent, JsonNode jsonEvent) {
		assertThat(guid(vevent)).isEqualTo(jsonEvent.get("guid").asString());
		assertThat(span(vevent)).isEqualTo(Span.of(jsonEvent));
		assertThat(Instant.from(vevent.getDateTimeEnd().getDate()))
			.isEqualTo(OffsetDateTime.parse(jsonEvent.get("end").asString()).toInstant());
	}

	/**
	 * Start and length by GUID: of every event of the c3voc JSON, and of every MC session
	 * in the JSON API, since c3voc has no event for a session that holds talks.
	 */
	private static Map<String, Span> spansInTheJsonExports(WebClient visitor) {
		Map<String, Span> spans = new HashMap<>();
		ScheduleFormats.jsonEvents(visitor.get(EXPORTS + "schedule.json").body())
			.forEach(event -> spans.put(event.get("guid").asString(), Span.of(event)));
		apiSessions(visitor).values().forEach(session -> {
			Instant start = OffsetDateTime.parse(session.get("startsAt").asString()).toInstant();
			Instant end = OffsetDateTime.parse(session.get("endsAt").asString()).toInstant();
			spans.putIfAbsent(session.get("guid").asString(), new Span(start, Duration.between(start, end)));
		});
		return spans;
	}

	private static Map<String, JsonNode> apiSessions(WebClient visitor) {
		Map<String, JsonNode> sessions = new HashMap<>();
		JsonNode schedule = ScheduleFormats
			.json(visitor.get("/api/v1/events/" + ScheduleFixture.EVENT + "/schedule").body());
		schedule.get("sessions").forEach(session -> sessions.put(session.get("title").asString(), session));
		return sessions;
	}

	private static Span span(VEvent vevent) {
		Instant start = Instant.from(vevent.getDateTimeStart().getDate());
		return new Span(start, Duration.between(start, Instant.from(vevent.getDateTimeEnd().getDate())));
	}

	private static String guid(VEvent vevent) {
		return vevent.getUid().orElseThrow().getValue().replaceFirst("@localhost$", "");
	}

	private WebClient anonymous() {
		return WebClient.browser(port).withoutCookies();
	}

	private UUID topicGuid(long topicId) {
		return jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single();
	}

	private UUID topicGuid(String title) {
		return jdbc.sql("SELECT guid FROM topic WHERE title = ? AND event_id = ?")
			.params(title, fixture.event().id())
			.query(UUID.class)
			.single();
	}

	/** When an event starts and how long it lasts, as the c3voc JSON writes them. */
	record Span(Instant start, Duration duration) {

		static Span of(JsonNode jsonEvent) {
			LocalTime length = LocalTime.parse(jsonEvent.get("duration").asString());
			return new Span(OffsetDateTime.parse(jsonEvent.get("date").asString()).toInstant(),
					Duration.ofHours(length.getHour()).plusMinutes(length.getMinute()));
		}

	}

}
