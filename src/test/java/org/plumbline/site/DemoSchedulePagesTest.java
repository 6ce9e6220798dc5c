package org.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo event's released version 1 as the public sees it: 18 MC sessions in Room 1–3
 * over six half-day blocks in America/New_York, laid out soundly in Chromium at a phone's
 * and a desktop's width (screenshots in target/screenshots).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class DemoSchedulePagesTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@LocalServerPort
	int port;

	@Test
	void theDemoGridShowsEighteenSessionsInThreeRoomsOverThreeDaysInNewYorkTime() {
		Document page = WebClient.browser(port).pagesMustAnswerOk().page("/lpc2023/schedule");

		assertThat(page.select("table.schedule-grid td.session")).hasSize(18);
		assertThat(page.select(".schedule-day h2").eachText()).containsExactly("Monday, November 13",
				"Tuesday, November 14", "Wednesday, November 15");
		for (Element day : page.select(".schedule-day")) {
			assertThat(day.select("thead th").eachText()).containsExactly("Time", "Room 1", "Room 2", "Room 3");
			assertThat(day.select("tbody > tr > th").eachText()).containsExactly("10:00", "13:30", "15:00");
		}
		assertThat(page.selectFirst("#schedule_zone").text()).contains("America/New_York");
		Element monday = page.getElementById("day_2023-11-13").selectFirst("tbody tr");
		assertThat(monday.selectFirst("th time").attr("datetime")).isEqualTo("2023-11-13T15:00:00Z");
		assertThat(monday.child(1).selectFirst(".session-title").text())
			.isEqualTo("Power Management and Thermal Control");
		assertThat(monday.child(1).selectFirst(".session-when").text()).isEqualTo("10:00–13:30");
		assertThat(monday.child(1).select(".entry-break").eachText()).containsExactly("11:30–12:00 Break");
	}

	@Test
	void theDemoListAndEachRoomNameEverySessionOnce() {
		WebClient site = WebClient.browser(port).pagesMustAnswerOk();
		Document list = site.page("/lpc2023/schedule/list");
		assertThat(list.select(".schedule-list > li")).hasSize(18);

		int inRooms = 0;
		for (Element room : list.select(".schedule-views a")) {
			if (room.attr("href").contains("/rooms/")) {
				inRooms += site.page(room.attr("href")).select(".schedule-list > li").size();
			}
		}
		assertThat(inRooms).isEqualTo(18);
	}

	@Test
	void theDemoScheduleIsLaidOutSoundlyAtPhoneAndDesktopWidth() {
		Page page = chromium.page();
		for (int width : SchedulePagesBrowserTest.WIDTHS) {
			page.setViewportSize(width, 800);
			for (String view : List.of("grid", "list")) {
				page.navigate("http://localhost:" + port + "/lpc2023/schedule" + (view.equals("grid") ? "" : "/list"));
				assertThat((List<?>) page.evaluate(SchedulePagesBrowserTest.LAYOUT_PROBLEMS))
					.as("%s at %d px", view, width)
					.isEmpty();
				chromium.assertNoSeriousAccessibilityProblem();
				chromium.screenshot("lpc2023-schedule-" + view + "-" + width);
			}
		}
	}

}
