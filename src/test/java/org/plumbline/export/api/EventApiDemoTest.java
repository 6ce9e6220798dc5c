package org.plumbline.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API on the demo event the app loads on its first start: LPC 2023 with its 18
 * MCs, Rooms 1–3 and its released version 1 in America/New_York.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class EventApiDemoTest {

	private static final String EVENT = "/api/v1/events/lpc2023";

	@LocalServerPort
	int port;

	@Test
	void theDemoEventIsListedInItsZoneWithItsReleasedVersion() {
		JsonNode event = get(EVENT);

		assertThat(each(get("/api/v1/events").get("items"), "slug")).contains("lpc2023");
		assertThat(event.get("timeZone").asString()).isEqualTo("America/New_York");
		assertThat(event.get("startDate").asString()).isEqualTo("2023-11-13");
		assertThat(event.get("scheduleVersion").asInt()).isEqualTo(1);
	}

	@Test
	void eachListNamesAPersonAsWrittenThereUnderOneGuid() {
		JsonNode firstPage = get(EVENT + "/microconferences?size=10");
		JsonNode mcs = get(EVENT + "/microconferences?size=18").get("items");

		assertThat(firstPage.get("total").asInt()).isEqualTo(18);
		assertThat(firstPage.get("items")).hasSize(10);
		assertThat(firstPage.get("links").get("next").asString()).isEqualTo(EVENT + "/microconferences?page=2&size=10");
		JsonNode android = mc(mcs, "android");
		assertThat(each(android.get("leads"), "name")).containsExactly("John Stultz", "Karim Yaghmour", "Amit Pundir",
				"Sumit Semwal");
		JsonNode joergAsLead = person(mc(mcs, "confidential-computing").get("leads"), "Joerg Roedel");
		JsonNode joergAsKeyAttendee = person(mc(mcs, "vfio-iommu-pci").get("keyAttendees"), "Jörg Rödel");
		assertThat(joergAsLead.get("guid").asString()).isEqualTo(joergAsKeyAttendee.get("guid").asString());
	}

	@Test
	void roomsAndTheReleasedScheduleAreThoseOfTheDataFileInTheEventsZone() {
		JsonNode rooms = get(EVENT + "/rooms").get("items");
		JsonNode schedule = get(EVENT + "/schedule");

		assertThat(each(rooms, "name")).containsExactly("Room 1", "Room 2", "Room 3");
		assertThat(rooms.valueStream().map(room -> room.get("capacity").asInt()).toList()).containsExactly(200, 120,
				120);
		assertThat(schedule.get("version").asInt()).isEqualTo(1);
		assertThat(schedule.get("releasedAt").asString()).isEqualTo("2023-11-01T08:00:00-04:00");
		JsonNode first = schedule.get("sessions").get(0);
		assertThat(first.get("track").get("slug").asString()).isEqualTo("power-management");
		assertThat(first.get("room").get("name").asString()).isEqualTo("Room 1");
		assertThat(first.get("startsAt").asString()).isEqualTo("2023-11-13T10:00:00-05:00");
		assertThat(first.get("endsAt").asString()).isEqualTo("2023-11-13T13:30:00-05:00");
		assertThat(schedule.get("sessions")
			.valueStream()
			.filter(session -> session.get("kind").asString().equals("MICROCONFERENCE"))).hasSize(18);
	}

	@Test
	void theSpeakersOfTheReleaseAreTheLeadsOfItsMcSessions() {
		JsonNode speakers = get(EVENT + "/speakers?size=100").get("items");

		JsonNode steven = person(speakers, "Steven Rostedt");
		assertThat(each(speakers, "name")).contains("John Stultz", "Joerg Roedel");
		assertThat(steven.get("leads").valueStream().map(JsonNode::asString).toList()).contains("tracing");
		assertThat(get(EVENT + "/talks").get("total").asInt()).isZero();
	}

	private JsonNode get(String path) {
		var response = WebClient.browser(port).withoutCookies().getJson(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body());
	}

	private static JsonNode mc(JsonNode mcs, String slug) {
		return mcs.valueStream().filter(mc -> mc.get("slug").asString().equals(slug)).findFirst().orElseThrow();
	}

	private static JsonNode person(JsonNode people, String name) {
		return people.valueStream()
			.filter(person -> person.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not in " + people));
	}

	private static List<String> each(JsonNode array, String field) {
		return array.valueStream().map(element -> element.get(field).asString()).toList();
	}

}
