package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.DraftTimetables;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The public schedule over real HTTP, on {@link ScheduleFixture}'s event (Europe/Berlin,
 * across the end of summer time): the grid, the list and a room's page, the talk and
 * speaker pages, what is never public (the draft, unknown addresses), and that every
 * anonymous visitor gets the same bytes without a session.
 * {@link SchedulePagesPostgresTest} runs the same on PostgreSQL.
 */
class SchedulePagesTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	static final String SCHEDULE = "/" + ScheduleFixture.EVENT + "/schedule";

	@Autowired
	Microconferences microconferences;

	@Autowired
	PersonDirectory people;

	@Autowired
	DraftTimetables drafts;

	ScheduleFixture fixture;

	WebClient site;

	PersonSummary ana;

	PersonSummary ben;

	long kernelFriday;

	UUID anasTalk;

	SchedulePagesTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	@BeforeEach
	void anEmptyTimetable() {
		fixture = new ScheduleFixture(context);
		fixture.clear();
		site = WebClient.browser(port).withoutCookies();
		ana = people.create("Ana Speaker", List.of("Ana Speaker"), null);
		ben = people.create("Ben Speaker", List.of("Ben Speaker"), null);
	}

	/**
	 * Kernel in Hall A on Friday morning (summer time, UTC+2) with Ana's and Ben's talk
	 * at 10:00, tools in Hall B on Monday morning (winter time, UTC+1), lunch in every
	 * room on Friday.
	 */
	private void releaseAcrossTheEndOfSummerTime() {
		kernelFriday = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		fixture.placeMc("tools", "Hall B", "2027-11-01T10:00");
		long talk = fixture.topic("kernel", "Faster *locks*", TopicState.CONFIRMED, 30, ana.id(), ben.id());
		fixture.placeTalk(kernelFriday, talk, "2027-10-29T10:00");
		anasTalk = topicGuid(talk);
		ScheduleBreaks.inEveryRoom(jdbc, drafts, fixture, "Lunch", "2027-10-29T13:30", "2027-10-29T15:00");
		fixture.release("First version");
	}

	@Test
	void gridShowsEachSessionInItsRoomsColumnAtLocalTimesOnBothSidesOfTheEndOfSummerTime() {
		releaseAcrossTheEndOfSummerTime();

		Document page = site.page(SCHEDULE);

		assertThat(page.select("h1").eachText()).containsExactly("Schedule");
		assertThat(page.select(".schedule-day h2").eachText()).containsExactly("Friday, October 29",
				"Monday, November 1");
		assertThat(page.selectFirst("#schedule_zone").text()).contains("Europe/Berlin");
		Element friday = page.getElementById("day_2027-10-29");
		assertThat(friday.select("thead th").eachText()).containsExactly("Time", "Hall A", "Hall B");
		Element fridayMorning = friday.selectFirst("tbody tr");
		assertThat(fridayMorning.child(0).text()).isEqualTo("10:00");
		assertThat(fridayMorning.selectFirst("th time").attr("datetime")).isEqualTo("2027-10-29T08:00:00Z");
		assertThat(fridayMorning.child(1).selectFirst(".session-title").text()).isEqualTo("Kernel MC");
		assertThat(fridayMorning.child(1).selectFirst(".session-when").text()).isEqualTo("10:00–13:30");
		assertThat(fridayMorning.child(2).hasClass("grid-empty")).isTrue();

		Element monday = page.getElementById("day_2027-11-01");
		Element mondayMorning = monday.selectFirst("tbody tr");
		assertThat(mondayMorning.child(0).text()).isEqualTo("10:00");
		assertThat(mondayMorning.selectFirst("th time").attr("datetime")).isEqualTo("2027-11-01T09:00:00Z");
		assertThat(mondayMorning.child(1).hasClass("grid-empty")).isTrue();
		assertThat(mondayMorning.child(2).selectFirst(".session-title").text()).isEqualTo("Tools MC");
	}

	@Test
	void anMcBoxListsItsTalksWithTheirTimesAndTheBreakOfItsBlock() {
		releaseAcrossTheEndOfSummerTime();

		Element kernel = site.page(SCHEDULE).selectFirst("#session_" + sessionGuid(kernelFriday));

		assertThat(kernel.select(".session-entries li").eachText()).containsExactly(
				"10:00–10:30 Faster *locks* Interested in Faster *locks* Ana Speaker, Ben Speaker",
				"11:30–12:00 Break");
		assertThat(kernel.selectFirst(".entry-talk a").attr("href"))
			.isEqualTo("/" + ScheduleFixture.EVENT + "/talks/" + anasTalk);
		assertThat(kernel.selectFirst(".session-title a").attr("href"))
			.isEqualTo("/" + ScheduleFixture.EVENT + "/microconferences/kernel");
		assertThat(kernel.attr("rowspan")).isEqualTo("1");
	}

	@Test
	void aBreakInEveryRoomSpansEveryColumn() {
		releaseAcrossTheEndOfSummerTime();

		Element friday = site.page(SCHEDULE).getElementById("day_2027-10-29");

		Element lunch = friday.selectFirst("td.session-break");
		assertThat(lunch.attr("colspan")).isEqualTo("2");
		assertThat(lunch.text()).isEqualTo("Lunch 13:30–15:00");
		assertThat(lunch.parent().child(0).text()).isEqualTo("13:30");
	}

	@Test
	void theListShowsEverySessionInTimeOrderWithItsRoom() {
		releaseAcrossTheEndOfSummerTime();

		Document page = site.page(SCHEDULE + "/list");

		assertThat(page.select(".schedule-list > li .session-title").eachText()).containsExactly("Kernel MC", "Lunch",
				"Tools MC");
		assertThat(page.select(".schedule-list > li .session-when").eachText()).containsExactly("10:00–13:30 · Hall A",
				"13:30–15:00", "10:00–13:30 · Hall B");
		assertThat(page.select(".schedule-views a[aria-current=page]").eachText()).containsExactly("List");
		assertThat(page.select(".schedule-list .session-leads a").eachText()).containsExactly("Lena Lead", "Tom Lead");
		assertThat(page.select(".schedule-list .entry-speakers a").eachAttr("href")).containsExactly(speakerPath(ana),
				speakerPath(ben));
	}

	@Test
	void aRoomsPageShowsItsOwnSessionsAndTheBreaksInEveryRoom() {
		releaseAcrossTheEndOfSummerTime();

		Document page = site.page(SCHEDULE + "/rooms/" + fixture.room("Hall B").guid());

		assertThat(page.select("h1").eachText()).containsExactly("Hall B");
		assertThat(page.select(".schedule-list > li .session-title").eachText()).containsExactly("Lunch", "Tools MC");
		assertThat(page.select(".schedule-views a[aria-current=page]").eachText()).containsExactly("Hall B");
	}

	@Test
	void theSchedulePageLinksTheExportsAndEveryView() {
		releaseAcrossTheEndOfSummerTime();

		Document page = site.page(SCHEDULE);

		assertThat(page.select(".schedule-exports a").eachAttr("href")).containsExactly(
				SCHEDULE + "/export/schedule.ics", SCHEDULE + "/export/schedule.xml",
				SCHEDULE + "/export/schedule.json");
		for (String export : page.select(".schedule-exports a").eachAttr("href")) {
			assertThat(site.get(export).statusCode()).as(export).isEqualTo(200);
		}
		assertThat(page.select(".schedule-views a").eachText()).containsExactly("Grid", "List", "Hall A", "Hall B");
		assertThat(page.select("header nav a[aria-current=page]").eachText()).containsExactly("Schedule");
		assertThat(page.selectFirst(".schedule-version").text())
			.isEqualTo("Version 1, released Friday, October 1, 2027.");
	}

	@Test
	void aTalkPageShowsSpeakersLinkedAbstractRenderedMcRoomAndTime() {
		releaseAcrossTheEndOfSummerTime();

		Document page = site.page("/" + ScheduleFixture.EVENT + "/talks/" + anasTalk);

		assertThat(page.select("h1").eachText()).containsExactly("Faster *locks*");
		assertThat(page.select(".talk-facts dd").eachText()).containsExactly("Ana Speaker, Ben Speaker",
				"Friday, October 29, 2027, 10:00–10:30", "Hall A", "Kernel MC");
		assertThat(page.select(".talk-facts a").eachAttr("href")).containsExactly(speakerPath(ana), speakerPath(ben),
				SCHEDULE + "/rooms/" + fixture.room("Hall A").guid(),
				"/" + ScheduleFixture.EVENT + "/microconferences/kernel");
		assertThat(page.select(".talk-abstract strong").eachText()).containsExactly("it");
		assertThat(page.selectFirst(".talk-calendar a").attr("href"))
			.isEqualTo(SCHEDULE + "/export/talks/" + anasTalk + ".ics");
		assertThat(site.get(page.selectFirst(".talk-calendar a").attr("href")).statusCode()).isEqualTo(200);
	}

	@Test
	void aSpeakerPageListsTheirTalksAndALeadsPageTheSessionsTheyLead() {
		releaseAcrossTheEndOfSummerTime();

		Document speaker = site.page(speakerPath(ana));
		assertThat(speaker.select("h1").eachText()).containsExactly("Ana Speaker");
		assertThat(speaker.select("#speaker_talks + ul > li > a").eachText()).containsExactly("Faster *locks*");
		assertThat(speaker.selectFirst(".appearance-meta").text())
			.isEqualTo("Friday, October 29, 2027, 10:00–10:30 · Hall A · Kernel MC");
		assertThat(speaker.select("#speaker_sessions")).isEmpty();

		long lenaId = fixture.mc("kernel").leads().get(0).personId();
		UUID lena = people.findAll(List.of(lenaId)).get(lenaId).guid();
		Document lead = site.page("/" + ScheduleFixture.EVENT + "/speakers/" + lena);
		assertThat(lead.select("h1").eachText()).containsExactly("Lena Lead");
		assertThat(lead.select("#speaker_sessions + ul > li > a").eachText()).containsExactly("Kernel MC");
		assertThat(lead.select("#speaker_talks")).isEmpty();
	}

	@Test
	void anMcPageLinksEachOfItsSessionsInTheReleasedSchedule() {
		String mcPage = "/" + ScheduleFixture.EVENT + "/microconferences/kernel";
		assertThat(site.page(mcPage).select(".mc-schedule")).isEmpty();
		releaseAcrossTheEndOfSummerTime();
		fixture.placeMc("kernel", "Hall B", "2027-11-01T15:00");
		fixture.release("Second version");

		Document page = site.page(mcPage);

		assertThat(page.select(".mc-schedule li").eachText()).containsExactly(
				"Friday, October 29, 2027, 10:00–13:30 · Hall A", "Monday, November 1, 2027, 15:00–18:30 · Hall B");
		assertThat(page.selectFirst(".mc-schedule li a").attr("href"))
			.isEqualTo(SCHEDULE + "#session_" + sessionGuid(kernelFriday));
	}

	@Test
	void theAddressOfAPersonMergedIntoASpeakerLeadsToTheSpeakersPage() {
		releaseAcrossTheEndOfSummerTime();
		PersonSummary duplicate = people.create("Ana S.", List.of("Ana S."), null);
		jdbc.sql("UPDATE person SET merged_into_id = ? WHERE id = ?").params(ana.id(), duplicate.id()).update();

		HttpResponse<String> response = site.get("/" + ScheduleFixture.EVENT + "/speakers/" + duplicate.guid());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(response)).endsWith(speakerPath(ana));
	}

	@Test
	void aTalkPlacedOnlyInTheDraftSinceTheReleaseHasNoPageAndIsNotInTheGrid() {
		releaseAcrossTheEndOfSummerTime();
		long later = fixture.topic("kernel", "Only in the draft", TopicState.CONFIRMED, 30, ana.id());
		fixture.placeTalk(draftSessionOf("kernel"), later, "2027-10-29T10:30");

		assertThat(site.get("/" + ScheduleFixture.EVENT + "/talks/" + topicGuid(later)).statusCode()).isEqualTo(404);
		assertThat(site.get(SCHEDULE).body()).doesNotContain("Only in the draft");
	}

	@Test
	void unknownTalkSpeakerAndRoomAreNotFound() {
		releaseAcrossTheEndOfSummerTime();
		String event = "/" + ScheduleFixture.EVENT;
		UUID kim = people.create("Kim Nobody", List.of("Kim Nobody"), null).guid();

		for (String path : List.of(event + "/talks/" + UUID.randomUUID(), event + "/talks/not-a-guid",
				event + "/speakers/" + UUID.randomUUID(), event + "/speakers/" + kim, event + "/speakers/x",
				SCHEDULE + "/rooms/" + UUID.randomUUID(), SCHEDULE + "/rooms/hall-a", "/nosuchevent/schedule")) {
			HttpResponse<String> response = site.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Exception");
		}
	}

	@Test
	void beforeTheFirstReleaseTheScheduleSaysSoAndNothingIsPublic() {
		long session = fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long talk = fixture.topic("kernel", "Draft talk", TopicState.CONFIRMED, 30, ana.id());
		fixture.placeTalk(session, talk, "2027-10-29T10:00");

		for (String path : List.of(SCHEDULE, SCHEDULE + "/list",
				SCHEDULE + "/rooms/" + fixture.room("Hall A").guid())) {
			HttpResponse<String> response = site.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("No timetable has been released").doesNotContain("Kernel MC");
		}
		assertThat(site.get("/" + ScheduleFixture.EVENT + "/talks/" + topicGuid(talk)).statusCode()).isEqualTo(404);
		assertThat(site.get(speakerPath(ana)).statusCode()).isEqualTo(404);
	}

	@Test
	void everyAnonymousVisitorGetsTheSameBytesWithoutSessionTokenOrInlineScript() {
		releaseAcrossTheEndOfSummerTime();
		String mcCacheControl = site.get("/" + ScheduleFixture.EVENT + "/microconferences")
			.headers()
			.firstValue("Cache-Control")
			.orElse("");

		for (String path : List.of(SCHEDULE, SCHEDULE + "/list", SCHEDULE + "/rooms/" + fixture.room("Hall A").guid(),
				"/" + ScheduleFixture.EVENT + "/talks/" + anasTalk, speakerPath(ana))) {
			HttpResponse<String> first = site.get(path);
			HttpResponse<String> second = WebClient.browser(port).get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(second.body()).as(path).isEqualTo(first.body());
			assertThat(first.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue(mcCacheControl);
			Document page = org.jsoup.Jsoup.parse(first.body());
			assertThat(page.select("input[name=_csrf], meta[name=_csrf]")).as(path).isEmpty();
			assertThat(page.select("script:not([src]), style, [style]")).as(path).isEmpty();
			// every page but a speaker's has "Interested" toggles
			List<String> scripts = path.equals(speakerPath(ana)) ? List.of("/assets/account.js", "/assets/schedule.js")
					: List.of("/assets/account.js", "/assets/schedule.js", "/assets/interest.js");
			assertThat(page.select("script[src]").eachAttr("src")).as(path).containsExactlyElementsOf(scripts);
		}
	}

	private String speakerPath(PersonSummary person) {
		return "/" + ScheduleFixture.EVENT + "/speakers/" + person.guid();
	}

	private UUID topicGuid(long topicId) {
		return jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single();
	}

	private UUID sessionGuid(long sessionId) {
		return jdbc.sql("SELECT guid FROM timetable_session WHERE id = ?").param(sessionId).query(UUID.class).single();
	}

	private long draftSessionOf(String mcSlug) {
		return jdbc.sql("""
				SELECT s.id FROM timetable_session s JOIN timetable t ON t.id = s.timetable_id
				WHERE t.draft_of = t.event_id AND s.microconference_id = ?""")
			.param(fixture.mc(mcSlug).id())
			.query(Long.class)
			.single();
	}

}
