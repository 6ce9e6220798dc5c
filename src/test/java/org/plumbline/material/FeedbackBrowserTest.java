package org.plumbline.material;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.ScheduleFixture;

/**
 * In Debian's Chromium: an attendee follows the talk page's link to the feedback form,
 * rates the talk with the keyboard alone and saves a comment; the speaker reads it and an
 * organiser finds the talk's count and mean. Every page passes axe-core without a serious
 * or critical violation.
 */
class FeedbackBrowserTest extends FeedbackWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anAttendeeRatesATalkWithTheKeyboardAndItsSpeakerAndAnOrganiserReadIt() {
		clock.set(KERNEL_TALK_STARTS.plusSeconds(600));
		Page page = chromium.page();
		chromium.signIn(url(""), ANNA, PASSWORD);

		page.navigate(url("/" + ScheduleFixture.EVENT + "/talks/" + kernelTalk));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Give feedback on this talk")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Feedback on Tracing in anger");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4")).focus();
		page.keyboard().press("Space");
		page.keyboard().press("Tab");
		page.keyboard().type("Good pace.");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Thank you: your feedback is saved. You may change it here.");
		assertThat(page.locator("#saved-rating")).hasText("4 of 5");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		chromium.signIn(url(""), SAM, PASSWORD);
		page.navigate(url(formPath(kernelTalk)));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the feedback this talk received"))
			.click();
		assertThat(page.locator(".feedback-comment")).hasText("Good pace.");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		chromium.signIn(url(""), OLGA, PASSWORD);
		page.navigate(url(overviewPath()));
		assertThat(page.locator("#talk-" + kernelTalk + " .feedback-mean")).hasText("4.0");
		chromium.assertNoSeriousAccessibilityProblem();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
