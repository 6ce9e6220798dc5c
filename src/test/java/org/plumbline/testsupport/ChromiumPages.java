package org.plumbline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test's Chromium: launched once for the test class (register it as a
 * {@code static} field with {@code @RegisterExtension}), with a fresh 1280×800 page
 * without cookies for every test, open before the class's own {@code @BeforeEach} runs.
 */
public final class ChromiumPages implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@Override
	public void beforeAll(ExtensionContext extension) {
		this.playwright = Playwright.create();
		this.browser = Chromium.launch(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		this.context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		this.page = this.context.newPage();
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		this.context.close();
	}

	/** The current test's page. */
	public Page page() {
		return this.page;
	}

	/**
	 * Fails the test if axe-core finds a serious or critical violation on the page now.
	 */
	public void assertNoSeriousAccessibilityProblem() {
		assertThat(Chromium.seriousAccessibilityViolations(this.page)).as("axe-core on %s", this.page.url()).isEmpty();
	}

}
