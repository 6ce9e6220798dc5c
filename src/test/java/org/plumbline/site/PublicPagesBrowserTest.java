package org.plumbline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.microconference.Microconferences;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.Chromium;
import org.plumbline.testsupport.ChromiumPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages in Debian's Chromium: the table of contents works, and axe-core finds
 * no serious problem.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plumbline.demo.enabled=true")
@ActiveProfiles("test")
class PublicPagesBrowserTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/lpc2023/", "/lpc2023/microconferences",
			"/lpc2023/microconferences/tracing", "/lpc2023/sponsors", "/" + SiteFixture.SLUG + "/sponsors",
			"/lpc2023/microconferences/no-such-mc", "/nosuchevent/", "/lpc2023/calls", "/lpc2023/schedule",
			"/lpc2023/schedule/list");

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@LocalServerPort
	int port;

	@Autowired
	EventCatalog catalog;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	Microconferences microconferences;

	@BeforeEach
	void ensureTheSiteFixture() {
		SiteFixture.ensure(catalog, setup, people, microconferences);
	}

	@Test
	void tableOfContentsLeadsToTheTracingMicroconference() {
		Page page = chromium.page();
		page.navigate(url("/lpc2023/microconferences"));
		var tracingHeading = page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Tracing").setExact(true));
		assertThat(tracingHeading).not().isInViewport();

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Contents"))
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tracing").setExact(true))
			.click();

		assertThat(page).hasURL(url("/lpc2023/microconferences#tracing"));
		assertThat(tracingHeading).isInViewport();
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
		Page page = chromium.page();
		for (String path : List.of("/", "/lpc2023/microconferences")) {
			page.navigate(url(path));
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasText("Skip to main content");
			assertThat(page.locator(":focus")).isVisible();

			page.keyboard().press("Enter");
			assertThat(page).hasURL(url(path) + "#page_main");
			assertThat(page.locator(":focus")).hasId("page_main");
		}
	}

	@Test
	void publicPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
		Page page = chromium.page();
		for (String path : PUBLIC_PAGES) {
			for (int width : new int[] { 1280, 390 }) {
				page.setViewportSize(width, 800);
				page.navigate(url(path));
				assertThat(Chromium.seriousAccessibilityViolations(page)).as("axe-core on %s at %d px", path, width)
					.isEmpty();
			}
		}
	}

	@Test
	void publicPagesLoadEveryAssetAndBreakNoContentSecurityPolicyRule() {
		Page page = chromium.page();
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				problems.add(page.url() + ": " + message.text());
			}
		});
		page.onResponse(response -> {
			if (!"document".equals(response.request().resourceType()) && response.status() >= 400) {
				problems.add(response.url() + ": status " + response.status());
			}
		});
		page.onRequestFailed(request -> problems.add(request.url() + ": " + request.failure()));
		for (String path : PUBLIC_PAGES) {
			page.navigate(url(path));
			page.waitForLoadState();
			assertThat(page.evaluate("getComputedStyle(document.body).fontFamily").toString()).as(path)
				.startsWith("system-ui");
		}
		assertThat(problems).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
