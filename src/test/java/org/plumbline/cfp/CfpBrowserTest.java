package org.plumbline.cfp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * In Debian's Chromium: an organiser sets the default window and adds a required question
 * to the MC's call, a speaker follows the MC page's "Submit a topic" link, saves a draft,
 * is told to answer the question, submits it and invites a co-speaker, who accepts
 * through the mailed link; every page on the way passes axe-core without a serious or
 * critical violation.
 */
class CfpBrowserTest extends CfpWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anOrganiserOpensTheCallsAndASpeakerDraftsAndSubmitsATopic() {
		Page page = chromium.page();
		chromium.signIn(url(""), ORGANISER, PASSWORD);
		page.navigate(url("/manage/" + EVENT + "/calls"));
		chromium.assertNoSeriousAccessibilityProblem();
		page.locator("#defaults_opensAt").fill("2027-01-10T09:00");
		page.locator("#defaults_closesAt").fill("2027-02-01T18:00");
		page.locator("#defaults_durations").fill("30, 45");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the defaults")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved the default window and durations.");
		assertThat(page.locator("table.calls")).containsText("2027-02-01 18:00 Europe/Berlin");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Questions of this call")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.locator("#new_label").fill("Which kernel versions?");
		page.locator("#new_required").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the question")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added the question \"Which kernel versions?\".");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		page.navigate(url("/" + EVENT + "/calls"));
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.signIn(url(""), SPEAKER_A, PASSWORD);
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
		assertThat(page.locator(".question .field-error")).hasText("Please answer this question; it is required.");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Which kernel versions?").fill("6.8 and 6.9");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
		assertThat(page.locator(".topic-abstract strong")).hasText("page tables");
		assertThat(page.locator(".topic-answers")).containsText("6.8 and 6.9");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Co-speaker's email address").fill(SPEAKER_B);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invited " + SPEAKER_B);
		assertThat(page.locator("table.co-speaker-invitations")).containsText(SPEAKER_B);
		chromium.assertNoSeriousAccessibilityProblem();
		String topicUrl = page.url().replaceFirst("#.*", "");
		page.context().clearCookies();

		chromium.signIn(url(""), SPEAKER_B, PASSWORD);
		page.navigate(url(linkInLatestMailTo(SPEAKER_B)));
		assertThat(page.locator(".topic-facts")).containsText("Page tables");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are a speaker of this topic now.");
		assertThat(page.locator(".topic-facts")).containsText("Ana Speaker, Ben Speaker");
		assertThat(page.url()).isEqualTo(topicUrl);
		chromium.assertNoSeriousAccessibilityProblem();
		page.navigate(url("/account/topics"));
		assertThat(page.locator("table.topics")).containsText("Submitted");
		chromium.assertNoSeriousAccessibilityProblem();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
