package org.plumbline.cfp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * In Debian's Chromium: an organiser sets the default window, a speaker follows the MC
 * page's "Submit a topic" link, saves a draft and submits it; every page on the way
 * passes axe-core without a serious or critical violation.
 */
class CfpBrowserTest extends CfpWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anOrganiserOpensTheCallsAndASpeakerDraftsAndSubmitsATopic() {
		Page page = chromium.page();
		signIn(ORGANISER);
		page.navigate(url("/manage/" + EVENT + "/calls"));
		chromium.assertNoSeriousAccessibilityProblem();
		page.locator("#defaults_opensAt").fill("2027-01-10T09:00");
		page.locator("#defaults_closesAt").fill("2027-02-01T18:00");
		page.locator("#defaults_durations").fill("30, 45");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the defaults")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved the default window and durations.");
		assertThat(page.locator("table.calls")).containsText("2027-02-01 18:00 Europe/Berlin");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		page.navigate(url("/" + EVENT + "/calls"));
		chromium.assertNoSeriousAccessibilityProblem();
		signIn(SPEAKER_A);
		page.navigate(url("/" + EVENT + "/microconferences/kernel"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submit a topic")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Title").fill("Page tables");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please correct the fields marked below.");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved as a draft");
		page.getByLabel("Abstract").fill("What **page tables** cost.");
		page.getByLabel("45 minutes").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
		assertThat(page.locator(".topic-abstract strong")).hasText("page tables");
		chromium.assertNoSeriousAccessibilityProblem();
		page.navigate(url("/account/topics"));
		assertThat(page.locator("table.topics")).containsText("Submitted");
		chromium.assertNoSeriousAccessibilityProblem();
	}

	private void signIn(String email) {
		Page page = chromium.page();
		page.navigate(url("/login"));
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.url()).doesNotContain("/login");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
