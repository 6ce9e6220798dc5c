package org.plumbline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The exports of the demo event the app loads on its first start: LPC 2023's released
 * version 1, its 18 MCs without talks yet, each one event spanning its block in
 * America/New_York.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class ScheduleExportsDemoTest {

	private static final String EXPORTS = "/lpc2023/schedule/export/";

	@LocalServerPort
	int port;

	@Test
	void theDemosXmlAndJsonAreValidWithItsEighteenMcsAsEvents() {
		WebClient visitor = WebClient.browser(port).withoutCookies();
		String xml = visitor.get(EXPORTS + "schedule.xml").body();
		String json = visitor.get(EXPORTS + "schedule.json").body();

		ScheduleFormats.validateXml(xml);
		assertThat(ScheduleFormats.jsonViolations(json)).isEmpty();
		Document document = Jsoup.parse(xml, "", Parser.xmlParser());
		assertThat(document.select("event")).hasSize(18)
			.allSatisfy(event -> assertThat(event.selectFirst("type").text()).isEqualTo("microconference"));
		assertThat(document.select("event > track").eachText()).doesNotHaveDuplicates()
			.contains("Tracing", "VFIO/IOMMU/PCI");
		List<JsonNode> events = jsonEvents(json);
		assertThat(events).hasSize(18);
		assertThat(events).extracting(event -> event.get("date").asString())
			.allSatisfy(date -> assertThat(date).endsWith("-05:00"))
			.contains("2023-11-13T10:00:00-05:00", "2023-11-15T15:00:00-05:00");
		assertThat(ScheduleFormats.json(json).get("schedule").get("conference").get("time_zone_name").asString())
			.isEqualTo("America/New_York");
	}

	@Test
	void theDemosCalendarHasTheJsonsEighteenEventsAtTheirTimes() {
		WebClient visitor = WebClient.browser(port).withoutCookies();
		List<JsonNode> events = jsonEvents(visitor.get(EXPORTS + "schedule.json").body());

		List<VEvent> vevents = ScheduleFormats.calendar(visitor.get(EXPORTS + "schedule.ics").body())
			.getComponents("VEVENT");

		assertThat(vevents).extracting(event -> java.time.Instant.from(event.getDateTimeStart().getDate()))
			.containsExactlyInAnyOrderElementsOf(events.stream()
				.map(event -> OffsetDateTime.parse(event.get("date").asString()).toInstant())
				.toList());
		assertThat(vevents).extracting(event -> event.getSummary().getValue())
			.containsExactlyInAnyOrderElementsOf(events.stream().map(event -> event.get("title").asString()).toList());
	}

	private static List<JsonNode> jsonEvents(String json) {
		List<JsonNode> events = new ArrayList<>();
		for (JsonNode day : ScheduleFormats.json(json).get("schedule").get("conference").get("days")) {
			day.get("rooms").forEach(room -> room.forEach(events::add));
		}
		return events;
	}

}
