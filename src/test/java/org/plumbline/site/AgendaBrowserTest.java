package org.plumbline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An anonymous visitor in Chromium marks an MC session and a talk "Interested" on the
 * schedule's grid, finds both on their agenda, subscribes to its calendar link and stops
 * it (issue 11, points 4 and 6). Viewing the public pages before the first mark sets no
 * cookie; the agenda page passes axe-core. Screenshots are kept in target/screenshots.
 */
class AgendaBrowserTest extends RunningServerTest {

	static final String SCHEDULE = "/" + ScheduleFixture.EVENT + "/schedule";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	String talkPath;

	AgendaBrowserTest() {
		super(Instant.parse("2027-10-01T09:00:00Z"));
	}

	/** Kernel in Hall A on Friday morning; tools in Hall B that afternoon, two talks. */
	@BeforeEach
	void aReleasedSchedule() {
		ScheduleFixture fixture = new ScheduleFixture(context);
		fixture.clear();
		jdbc.sql("DELETE FROM agenda_feed").update();
		jdbc.sql("DELETE FROM interest_mark").update();
		jdbc.sql("DELETE FROM interest_count").update();
		jdbc.sql("DELETE FROM interest_pair_count").update();
		long ana = people.create("Ana Speaker", List.of("Ana Speaker"), null).id();
		fixture.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long tools = fixture.placeMc("tools", "Hall B", "2027-10-29T15:00");
		long linters = fixture.topic("tools", "Linters", TopicState.CONFIRMED, 30, ana);
		long debuggers = fixture.topic("tools", "Debuggers", TopicState.CONFIRMED, 30, ana);
		fixture.placeTalk(tools, linters, "2027-10-29T15:00");
		fixture.placeTalk(tools, debuggers, "2027-10-29T15:30");
		fixture.release("v1");
		talkPath = "/" + ScheduleFixture.EVENT + "/talks/"
				+ jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(debuggers).query(String.class).single();
	}

	@Test
	void aVisitorMarksASessionAndATalkFindsThemOnTheAgendaAndSubscribesUntilTheyStopTheLink() {
		Page page = chromium.page();
		for (String path : List.of(SCHEDULE, SCHEDULE + "/list", talkPath,
				"/" + ScheduleFixture.EVENT + "/microconferences/kernel")) {
			page.navigate(url(path));
			assertThat(interested(page, path.endsWith("kernel") ? "Kernel MC" : "Debuggers"))
				.hasAttribute("aria-pressed", "false");
		}
		assertThat(cookies(page)).as("cookies after viewing, before marking").isEmpty();

		page.navigate(url(SCHEDULE));
		interested(page, "Kernel MC").click();
		assertThat(interested(page, "Kernel MC")).hasAttribute("aria-pressed", "true");
		interested(page, "Debuggers").click();
		assertThat(interested(page, "Debuggers")).hasAttribute("aria-pressed", "true");
		assertThat(interested(page, "Linters")).hasAttribute("aria-pressed", "false");
		chromium.screenshot("agenda-marked-grid");
		assertThat(cookies(page)).containsExactly("plumbline-visitor");

		page.navigate(url(talkPath));
		assertThat(interested(page, "Debuggers")).hasAttribute("aria-pressed", "true");

		page.navigate(url(SCHEDULE));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My agenda")).click();
		assertThat(page.locator(".agenda-list > li .session-title")).hasText(new String[] { "Kernel MC", "Debuggers" });
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("agenda-page");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar link")).click();
		assertThat(page.locator("#agenda_feed_url")).isFocused();
		String feed = page.locator("#agenda_feed_url").inputValue();
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("agenda-calendar-link");
		APIResponse calendar = page.request().get(url(URI.create(feed).getPath()));
		assertThat(calendar.status()).isEqualTo(200);
		assertThat(calendar.text()).contains("SUMMARY:Kernel MC", "SUMMARY:Debuggers").doesNotContain("Linters");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unmark Debuggers")).click();
		assertThat(page.locator(".agenda-list > li .session-title")).hasText(new String[] { "Kernel MC" });
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the link")).click();
		assertThat(page.locator("#agenda_feed [role=status]")).hasText("Your calendar link no longer works.");
		assertThat(page.request().get(url(URI.create(feed).getPath())).status()).isEqualTo(404);
		chromium.screenshot("agenda-link-stopped");
		assertThat(cookies(page)).as("no session made along the way").containsExactly("plumbline-visitor");
	}

	private static com.microsoft.playwright.Locator interested(Page page, String title) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Interested in " + title));
	}

	private static List<String> cookies(Page page) {
		return page.context().cookies().stream().map((Cookie cookie) -> cookie.name).toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
