package org.plumbline.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * In Debian's Chromium (issue 14, point 8): an organiser opens the overview from the
 * event's start page and finds each chart as an image named by its title, with its table;
 * choosing a day by keyboard narrows the matrix and the room fill. Both pages pass
 * axe-core without a serious or critical violation.
 */
class OverviewBrowserTest extends OverviewWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anOrganiserFindsEveryChartAndItsTableAndNarrowsThemToADay() {
		Page page = chromium.page();
		chromium.signIn(url(""), ORGANISER, PASSWORD);
		page.navigate(url("/manage/" + EVENT));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Overview of Overview Conference 2027");

		assertThat(images(page, "Kernel MC")).hasCount(1);
		assertThat(images(page, "Refereed Track")).hasCount(1);
		assertThat(images(page, "In person")).hasCount(1);
		assertThat(images(page, "Review progress per call")).hasCount(1);
		assertThat(images(page, "Shared audience of 3 MCs")).hasCount(1);
		assertThat(images(page, "Room fill of 4 sessions")).hasCount(1);
		for (String caption : new String[] { "Topics submitted per call and day (Europe/Berlin)",
				"Review progress per call",
				"Registrations per ticket type at the end of each day they changed (Europe/Berlin)",
				"Marked both MCs interesting; \"parallel\" where the draft timetable runs the two at the same time",
				"Interest per session against its room's seats (Europe/Berlin)" }) {
			assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(caption))).isVisible();
		}
		assertThat(page.locator("#audience_table tbody tr").first()).containsText("3 parallel");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("overview");

		page.getByLabel("Shared audience and room fill of").focus();
		page.getByLabel("Shared audience and room fill of").selectOption("2027-10-30");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		assertThat(page.locator("#audience_chart")).hasText("No MC to show.");
		assertThat(images(page, "Room fill of 1 session")).hasCount(1);
		assertThat(page.locator("#room_fill_table tbody th")).hasText("Refereed Track");
		chromium.assertNoSeriousAccessibilityProblem();
	}

	private static Locator images(Page page, String name) {
		return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
