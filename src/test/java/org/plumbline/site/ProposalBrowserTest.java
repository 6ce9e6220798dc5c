package org.plumbline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * In Debian's Chromium: a proposer follows "Propose a microconference", submits a
 * proposal and invites a co-lead, who accepts through the mailed link; an organiser
 * scores it, accepts it and announces, and the MC shows on the event's microconferences
 * page with the proposer and the co-lead as its leads. Every page on the way passes
 * axe-core without a serious or critical violation.
 */
class ProposalBrowserTest extends CallForMcWebTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void aProposalWithACoLeadIsScoredAcceptedAnnouncedAndPublished() {
		openCall();
		Page page = chromium.page();
		chromium.signIn(url(""), PROPOSER, PASSWORD);
		page.navigate(url("/" + EVENT + "/microconferences"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose a microconference")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Title").fill("Tracing");
		page.getByLabel("Description").fill("Where **tracing** goes next.");
		page.getByLabel("Possible topics").fill("- Ring buffers\n- BPF");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Their email address").fill(CO_LEAD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invited");
		page.context().clearCookies();

		page.navigate(url(linkInLatestMailTo(CO_LEAD)));
		chromium.signInOnThisPage(CO_LEAD, PASSWORD);
		assertThat(page.locator("h1")).hasText("Co-lead invitation");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.locator("h1")).hasText("Welcome");
		page.context().clearCookies();

		chromium.signIn(url(""), ORGANISER, PASSWORD);
		page.navigate(url("/manage/" + EVENT + "/proposals"));
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tracing")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("+2").check();
		page.getByLabel("Comment").fill("Much needed.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your review")).click();
		assertThat(page.locator(".proposal-mean")).hasText("1 review, mean +2.00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Recorded quietly");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce this decision")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Announced");
		chromium.assertNoSeriousAccessibilityProblem();
		page.context().clearCookies();

		page.navigate(url("/" + EVENT + "/microconferences"));
		assertThat(page.locator("h2.mc-title")).hasText("Tracing");
		assertThat(page.locator(".mc-leads")).hasText("MC leads: Pia Proposer, Carl Colead");
		chromium.assertNoSeriousAccessibilityProblem();
		assertThat(mailTo(PROPOSER)).extracting(CallForMcWebTest::subject).contains("Accepted: Tracing");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
