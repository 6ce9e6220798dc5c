package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Organisers declare when people and rooms are unavailable, typed in the event's zone
 * (issue 11, point 3); the conflicts name each session that needs them then. A time the
 * zone skips or an end before the start is told beside its field, a stale removal is
 * told, and anyone else gets 404 (the service refuses them as the editor does).
 * {@link UnavailabilityPostgresTest} runs the same on PostgreSQL.
 */
class UnavailabilityTest extends ScheduleWebTest {

	static final String PAGE = "/manage/" + EVENT + "/schedule/unavailability";

	@Autowired
	Unavailabilities unavailabilities;

	@Test
	void anOrganiserDeclaresAKeyAttendeeAndARoomUnavailableAndTheConflictsNameTheSessionsThatNeedThem() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> kurt = olga.submit(PAGE, PAGE, Map.of("who", "person-" + kurtId, "startsAt",
				"2027-03-27T09:00", "endsAt", "2027-03-27T11:00", "reason", "flight"));
		HttpResponse<String> room = olga.submit(PAGE, PAGE, Map.of("who", "room-" + room2.id(), "startsAt",
				"2027-03-27 12:00", "endsAt", "2027-03-27T14:00", "reason", ""));

		assertThat(kurt.statusCode()).isEqualTo(302);
		assertThat(room.statusCode()).isEqualTo(302);
		assertThat(olga.page(PAGE).select("table.unavailability tbody tr").eachText()).containsExactly(
				"Kurt Key 2027-03-27 09:00 Europe/Berlin 2027-03-27 11:00 Europe/Berlin flight Remove",
				"Room 2 2027-03-27 12:00 Europe/Berlin 2027-03-27 14:00 Europe/Berlin none given Remove");
		assertThat(conflicts.check(event.id(),
				List.of(new Placement(kernelId, room1.id(), saturday.id()),
						new Placement(toolsId, room2.id(), saturday.id()))))
			.extracting(Conflict::level, Conflict::words)
			.contains(
					tuple(ConflictLevel.MEDIUM,
							"Kurt Key is unavailable Sat 09:00–11:00 (flight): Kernel MC (Room 1), Sat 10:00–13:30"),
					tuple(ConflictLevel.HARD, "Room 2 is unavailable Sat 12:00–14:00: Tools MC, Sat 10:00–13:30"));
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'unavailability'")
			.query(String.class)
			.list()).containsExactly("unavailability-added", "unavailability-added");
	}

	@Test
	void thePersonChoicesAreTheEventsLeadsKeyAttendeesAndSpeakersThenItsRooms() {
		Document page = signedIn(ORGANISER).page(PAGE);

		assertThat(page.select("#who optgroup[label=People] option").eachText()).containsExactly("Ana Speaker",
				"Kurt Key", "Lena Lead", "Tom Lead");
		assertThat(page.select("#who optgroup[label=Rooms] option").eachText()).containsExactly("Room 1", "Room 2");
	}

	@Test
	void aTimeTheClocksSkipAnEndBeforeTheStartOrNoOneChosenIsToldBesideItsFieldAndNothingIsAdded() {
		WebClient olga = signedIn(ORGANISER);

		Document skipped = Jsoup.parse(olga.submit(PAGE, PAGE, Map.of("who", "person-" + kurtId, "startsAt",
				"2027-03-28T02:30", "endsAt", "2027-03-28T02:00", "reason", "night train"))
			.body());
		Document backwards = Jsoup.parse(olga
			.submit(PAGE, PAGE,
					Map.of("who", "nobody", "startsAt", "2027-03-27T12:00", "endsAt", "2027-03-27T12:00", "reason", ""))
			.body());
		Document malformed = Jsoup.parse(olga
			.submit(PAGE, PAGE,
					Map.of("who", "room-" + room1.id(), "startsAt", "2027-02-30T10:00", "endsAt", "", "reason", ""))
			.body());

		assertThat(skipped.select("#startsAt_error").text())
			.isEqualTo("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks skip it when they go forward.");
		assertThat(skipped.select("#reason").attr("value")).isEqualTo("night train");
		assertThat(backwards.select("#endsAt_error").text()).isEqualTo("The end must be after the start.");
		assertThat(backwards.select("#who_error").text()).isEqualTo("Choose a person or a room of this event.");
		assertThat(malformed.select("#startsAt_error").text())
			.isEqualTo("Give a date and time such as 2027-05-03T10:00.");
		assertThat(malformed.select("#endsAt_error").text())
			.isEqualTo("Give a date and time such as 2027-05-03T10:00.");
		assertThat(count("SELECT COUNT(*) FROM unavailability")).isZero();
	}

	@Test
	void anIntervalRemovedFromAPageOpenedBeforeSomeoneElseRemovedItIsToldAndNothingElseChanges() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(PAGE, PAGE, Map.of("who", "room-" + room1.id(), "startsAt", "2027-03-27T09:00", "endsAt",
				"2027-03-27T11:00", "reason", "cleaning"));
		long id = unavailabilities.ofEvent(event.id()).get(0).id();
		String remove = PAGE + "/" + id + "/remove";
		Map<String, String> opened = olga.formFields(PAGE, remove);

		assertThat(olga.post(remove, opened).statusCode()).isEqualTo(302);
		Document stale = Jsoup.parse(olga.post(remove, opened).body());

		assertThat(stale.select(".form-error").text()).startsWith(Unavailabilities.STALE);
		assertThat(unavailabilities.ofEvent(event.id())).isEmpty();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'unavailability' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("unavailability-added", "unavailability-removed");
	}

	@Test
	void anMcLeadOrAStrangerIsToldThePageDoesNotExistAndChangesNothing() {
		WebClient olga = signedIn(ORGANISER);
		olga.submit(PAGE, PAGE, Map.of("who", "room-" + room1.id(), "startsAt", "2027-03-27T09:00", "endsAt",
				"2027-03-27T11:00", "reason", ""));
		Unavailability declared = unavailabilities.ofEvent(event.id()).get(0);

		for (String email : List.of(LEAD_KERNEL, STRANGER)) {
			WebClient someone = signedIn(email);
			assertThat(someone.get(PAGE).statusCode()).as(email).isEqualTo(404);
			assertThat(someone
				.postWithToken(PAGE,
						Map.of("who", "room-" + room1.id(), "startsAt", "2027-03-27T09:00", "endsAt",
								"2027-03-27T11:00"))
				.statusCode()).as(email).isEqualTo(404);
			assertThat(
					someone.postWithToken(PAGE + "/" + declared.id() + "/remove", Map.of("version", "0")).statusCode())
				.as(email)
				.isEqualTo(404);
			long id = accountId(email);
			assertThatThrownBy(() -> unavailabilities.add(event, id,
					new UnavailabilityInput("room-" + room1.id(), "2027-03-27T09:00", "2027-03-27T11:00", null)))
				.as("the service, asked directly by %s", email)
				.isInstanceOf(TimetableNotFoundException.class);
			assertThatThrownBy(() -> unavailabilities.remove(event, id, declared.id(), declared.version()))
				.isInstanceOf(TimetableNotFoundException.class);
		}
		assertThat(unavailabilities.ofEvent(event.id())).containsExactly(declared);
	}

}
