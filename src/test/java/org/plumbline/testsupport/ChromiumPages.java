package org.plumbline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
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

	/** The class's browser, for tests that open contexts of their own. */
	public Browser browser() {
		return this.browser;
	}

	/** The current test's page. */
	public Page page() {
		return this.page;
	}

	/** Fills the sign-in form the page is on and submits it. */
	public void fillSignInForm(String email, String password) {
		this.page.getByLabel("Email address").fill(email);
		this.page.getByLabel("Password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	/**
	 * Signs in on the sign-in page the browser is on, and checks it was let through.
	 */
	public void signInOnThisPage(String email, String password) {
		fillSignInForm(email, password);
		assertThat(this.page.url()).as("signed in as %s", email).doesNotContain("/login");
	}

	/** Opens the sign-in page of the server at {@code baseUrl} and signs in. */
	public void signIn(String baseUrl, String email, String password) {
		this.page.navigate(baseUrl + "/login");
		signInOnThisPage(email, password);
	}

	/** Keeps the whole page as {@code target/screenshots/<name>.png}, a test output. */
	public void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	/**
	 * Fails the test if axe-core finds a serious or critical violation on the page now.
	 */
	public void assertNoSeriousAccessibilityProblem() {
		assertThat(Chromium.seriousAccessibilityViolations(this.page)).as("axe-core on %s", this.page.url()).isEmpty();
	}

}
