package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * The organisers' unavailability and policy pages in Chromium: a refused interval shows
 * its message beside the field, a saved policy is selected when the page comes back, and
 * axe-core finds no serious accessibility problem on either (screenshots kept under
 * {@code target/screenshots}); a public page's script marks interest as Chromium sends
 * it.
 */
class ScheduleRulesBrowserTest extends ScheduleWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anOrganiserDeclaresAnIntervalAfterOneTheClocksSkipAndChoosesAPolicy() {
		String base = "http://localhost:" + port;
		chromium.signIn(base, ORGANISER, PASSWORD);
		var page = chromium.page();

		page.navigate(base + UnavailabilityTest.PAGE);
		page.selectOption("#who", "person-" + kurtId);
		page.fill("#startsAt", "2027-03-28T02:30");
		page.fill("#endsAt", "2027-03-28T04:00");
		page.fill("#reason", "night train");
		page.click("form[action='" + UnavailabilityTest.PAGE + "'] button");
		assertThat(page.textContent("#startsAt_error")).contains("does not exist in Europe/Berlin");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-unavailability-refused");
		page.fill("#startsAt", "2027-03-28T01:30");
		page.click("form[action='" + UnavailabilityTest.PAGE + "'] button");
		assertThat(page.locator("table.unavailability tbody tr").innerText().replaceAll("\\s+", " ").strip())
			.isEqualTo("Kurt Key 2027-03-28 01:30 Europe/Berlin 2027-03-28 04:00 Europe/Berlin night train Remove");
		chromium.screenshot("schedule-unavailability");

		page.navigate(base + SchedulePoliciesTest.POLICIES);
		page.selectOption("#policy_ROOM_USED_TWICE", "BLOCK_CHANGE");
		page.click("form.policies-form button");
		assertThat(page.inputValue("#policy_ROOM_USED_TWICE")).isEqualTo("BLOCK_CHANGE");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("schedule-policies");
	}

	@Test
	void aPublicPageOfTheSiteMarksInterestThroughFetchAsChromiumSendsIt() {
		var page = chromium.page();
		page.navigate("http://localhost:" + port + "/" + EVENT + "/microconferences");

		Object status = page.evaluate("""
				fetch('/%s/interest', {
				  method: 'POST',
				  headers: {'Content-Type': 'application/json', 'X-Requested-With': 'fetch'},
				  body: JSON.stringify({microconference: %d, interested: true})
				}).then(response => response.status)""".formatted(EVENT, kernelId));

		assertThat(status).as("Chromium's own Origin and Sec-Fetch-Site pass").isEqualTo(200);
		assertThat(count("SELECT COUNT(*) FROM interest_mark")).isEqualTo(1);
	}

}
