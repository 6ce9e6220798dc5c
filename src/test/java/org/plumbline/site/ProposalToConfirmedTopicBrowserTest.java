package org.plumbline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * Issue 10's whole way in Debian's Chromium, through pages only: a proposer proposes an
 * MC, an organiser scores, accepts and announces it and opens the calls for topics,
 * another user submits a topic from the new MC's "Submit a topic" link, the proposer (now
 * the MC's lead) accepts it on the review dashboard and announces, the speaker confirms
 * through the link of the acceptance mail, and the topic shows among the MC's confirmed
 * topics. Every page on the way passes axe-core without a serious or critical violation;
 * the dashboard, the confirm page and the MC page are saved as screenshots in
 * target/screenshots to be looked at.
 */
class ProposalToConfirmedTopicBrowserTest extends CallForMcWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void aProposedMcIsAcceptedAndItsCallEndsWithAConfirmedTopicOnItsPage() {
		openCall();
		Page page = chromium.page();

		chromium.signIn(url(""), PROPOSER, PASSWORD);
		page.navigate(url(FORM));
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Title").fill("Tracing");
		page.getByLabel("Description").fill("Where **tracing** goes next.");
		page.getByLabel("Possible topics").fill("- Ring buffers\n- BPF");
		page.getByLabel("Key attendees").fill("- Steven Rostedt, Tracing maintainer\n- Masami Hiramatsu");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
		page.context().clearCookies();

		chromium.signIn(url(""), ORGANISER, PASSWORD);
		page.navigate(url("/manage/" + EVENT + "/proposals"));
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tracing")).click();
		page.getByLabel("+2").check();
		page.getByLabel("Comment").fill("Much needed.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your review")).click();
		assertThat(page.locator(".proposal-mean")).hasText("1 review, mean +2.00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Recorded quietly");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce this decision")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Announced");
		page.navigate(url("/manage/" + EVENT + "/calls"));
		chromium.assertNoSeriousAccessibilityProblem();
		page.locator("#defaults_opensAt").fill("2027-01-10T09:00");
		page.locator("#defaults_closesAt").fill("2027-02-01T18:00");
		page.locator("#defaults_durations").fill("30, 45");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the defaults")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved the default window and durations.");
		page.context().clearCookies();

		page.navigate(url("/" + EVENT + "/microconferences"));
		assertThat(page.locator("h2.mc-title")).hasText("Tracing");
		assertThat(page.locator(".mc-leads")).hasText("MC leads: Pia Proposer");

		chromium.signIn(url(""), STRANGER, PASSWORD);
		page.navigate(url("/" + EVENT + "/microconferences"));
		page.locator("h2.mc-title").getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("Tracing");
		assertThat(page.locator("main")).containsText("Steven Rostedt, Tracing maintainer");
		chromium.assertNoSeriousAccessibilityProblem();
		String mcUrl = page.url().replaceFirst("#.*", "");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submit a topic")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Title").fill("Ring buffer wakeups");
		page.getByLabel("Abstract").fill("Why **wakeups** cost so much.");
		page.getByLabel("30 minutes").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		chromium.signIn(url(""), PROPOSER, PASSWORD);
		page.navigate(url("/review/" + EVENT));
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tracing")).first().click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Choose Ring buffer wakeups").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept chosen")).click();
		assertThat(page.locator("#count_total")).hasText("1");
		assertThat(page.locator("table.review-topics")).containsText("Accepted (not announced)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce decisions")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Announced: 1 accepted, 0 rejected, 0 wait-listed; 1 mail queued to the speakers.");
		assertThat(page.locator("table.review-topics")).containsText("Accepted");
		assertThat(page.locator("table.review-topics td.topic-title")
			.evaluate("cell => getComputedStyle(cell).paddingRight")).as("room between the dashboard's columns")
			.isNotEqualTo("0px");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("review-dashboard");
		page.context().clearCookies();

		chromium.signIn(url(""), STRANGER, PASSWORD);
		page.navigate(url(linkInLatestMailTo(STRANGER)));
		assertThat(page.locator("h1")).hasText("Ring buffer wakeups");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("confirm-page");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
		assertThat(page.locator(".topic-facts")).containsText("Confirmed");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		page.navigate(mcUrl);
		assertThat(page.locator("#confirmed-topics")).hasText("Confirmed topics");
		assertThat(page.locator(".mc-talks h3")).hasText("Ring buffer wakeups");
		assertThat(page.locator(".mc-talks .talk-meta")).hasText("Bea Stranger · 30 minutes");
		assertThat(page.locator(".mc-talks .talk-abstract strong")).hasText("wakeups");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.screenshot("mc-page");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
