package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;

/**
 * Issue 11, point 3: people declare when they are unavailable. A lead, key attendee or
 * speaker whom an event's timetable needs says on their account when they are away, in
 * the event's zone; the organisers see the interval and the conflicts name every session
 * that needs them then. Someone the event does not need, another person's interval, bad
 * times and an ended event are refused and change nothing.
 * {@link OwnUnavailabilityPostgresTest} runs the same on PostgreSQL.
 */
class OwnUnavailabilityTest extends EditorWebTest {

	static final String PAGE = "/account/availability";

	@Test
	void aLeadDeclaresAnAbsenceThatTheOrganisersSeeAndTheConflictsName() {
		WebClient lena = signedIn(LEAD_KERNEL);
		assertThat(lena.page(PAGE).select("#event option").eachText()).containsExactly("Schedule Conference 2027");

		Document page = declare(lena, ScheduleFixture.EVENT, "2027-10-29T09:00", "2027-10-29T12:00", "flight");

		assertThat(page.select("#notice").text()).isEqualTo("Added the interval: the timetable's editors see it.");
		assertThat(page.select("#event_sched_conf td").eachText())
			.startsWith("2027-10-29 09:00 Europe/Berlin", "2027-10-29 12:00 Europe/Berlin")
			.contains("flight");
		assertThat(count("""
				SELECT COUNT(*) FROM audit_entry
				WHERE event_id = ? AND action = 'unavailability-added' AND actor_account_id = ?""",
				fixture.event().id(), leadKernelId))
			.isEqualTo(1);
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page(GRID + "/unavailability").select("table.unavailability td").eachText())
			.contains("Lena Lead", "flight");
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		assertThat(olga.page(GRID).select(".conflict").eachText())
			.anySatisfy(conflict -> assertThat(conflict).contains("Lena Lead").contains("flight"));
	}

	@Test
	void someoneTheEventDoesNotNeedHasNoEventToDeclareForAndIsRefused() {
		WebClient uma = signedIn(USER);
		assertThat(uma.page(PAGE).select("#not_needed").text()).startsWith("No coming event needs you yet.");

		assertThat(uma
			.postWithToken(PAGE, Map.of("event", ScheduleFixture.EVENT, "startsAt", "2027-10-29T09:00", "endsAt",
					"2027-10-29T12:00", "reason", ""))
			.statusCode()).isEqualTo(404);
		assertThat(intervals()).isZero();
	}

	@Test
	void badTimesAreRefusedOnTheFormAndNothingIsStored() {
		WebClient lena = signedIn(LEAD_KERNEL);

		Document backwards = declare(lena, ScheduleFixture.EVENT, "2027-10-29T12:00", "2027-10-29T09:00", "");
		Document malformed = declare(lena, ScheduleFixture.EVENT, "tomorrow", "2027-10-29T09:00", "");

		assertThat(backwards.select("#endsAt_error").text()).isEqualTo("The end must be after the start.");
		assertThat(backwards.select("#startsAt").val()).isEqualTo("2027-10-29T12:00");
		assertThat(malformed.select("#startsAt_error").text())
			.isEqualTo("Give a date and time such as 2027-05-03T10:00.");
		assertThat(intervals()).isZero();
	}

	@Test
	void onlyOnesOwnIntervalIsRemovedAndAnotherPersonsIsLeftAlone() {
		WebClient lena = signedIn(LEAD_KERNEL);
		WebClient ana = signedIn(SPEAKER_A);
		fixture.topic("tools", "Ana's topic", TopicState.CONFIRMED, 30, speakerA);
		declare(lena, ScheduleFixture.EVENT, "2027-10-29T09:00", "2027-10-29T12:00", "flight");
		long lenas = count("SELECT MAX(id) FROM unavailability WHERE event_id = ?", fixture.event().id());

		assertThat(ana
			.postWithToken(PAGE + "/" + lenas + "/remove", Map.of("event", ScheduleFixture.EVENT, "version", "0"))
			.statusCode()).as("another person's interval is none of theirs").isEqualTo(404);
		assertThat(intervals()).isEqualTo(1);

		Document removed = follow(lena, lena.postWithToken(PAGE + "/" + lenas + "/remove",
				Map.of("event", ScheduleFixture.EVENT, "version", "0")));

		assertThat(removed.select("#notice").text()).isEqualTo("Removed the interval.");
		assertThat(intervals()).isZero();
	}

	@Test
	void anEventThatHasEndedIsNoLongerListedAndRefusesNewIntervals() {
		clock.set(Instant.parse("2027-11-02T12:00:00Z"));
		WebClient lena = signedIn(LEAD_KERNEL);

		assertThat(lena.page(PAGE).select("#not_needed")).hasSize(1);
		assertThat(lena
			.postWithToken(PAGE, Map.of("event", ScheduleFixture.EVENT, "startsAt", "2027-10-29T09:00", "endsAt",
					"2027-10-29T12:00", "reason", ""))
			.statusCode()).isEqualTo(404);
		assertThat(intervals()).isZero();
	}

	private Document declare(WebClient client, String event, String startsAt, String endsAt, String reason) {
		return follow(client, client.postWithToken(PAGE,
				Map.of("event", event, "startsAt", startsAt, "endsAt", endsAt, "reason", reason)));
	}

	private static Document follow(WebClient client, HttpResponse<String> response) {
		return response.statusCode() == 302 ? client.page(WebClient.location(response)) : Jsoup.parse(response.body());
	}

	private long intervals() {
		return count("SELECT COUNT(*) FROM unavailability WHERE event_id = ?", fixture.event().id());
	}

}
