package org.plumbline.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.Chromium;

/**
 * Issue 9, point 8, in Debian's Chromium: sign up, verify through the mail GreenMail
 * caught, sign in, fail the password five times and see the lock message, reset the
 * password by mail and sign in with the new one.
 */
class AccountBrowserTest extends AccountWebTest {

	static final String EMAIL = "ada@example.org";

	static Playwright playwright;

	static Browser browser;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void signUpVerifySignInGetLockedAndResetThePasswordByMail() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign up")).click();
		assertNoSeriousAccessibilityProblem();
		page.getByLabel("Your name").fill("Ada Lovelace");
		page.getByLabel("Email address").fill(EMAIL);
		page.getByLabel("Password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
		assertThat(page.locator("#password_error")).hasText("Use at least 10 characters.");
		assertNoSeriousAccessibilityProblem();
		page.getByLabel("Password").fill("analytical engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
		assertThat(page.locator("h1")).hasText("Check your mail");

		page.navigate(url(linkInLatestMailTo(EMAIL)));
		assertThat(page.locator("h1")).hasText("Confirm your email address");
		assertNoSeriousAccessibilityProblem();
		page.getByLabel("Password").fill("analytical engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(page.locator("h1")).hasText("Email address verified");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sign in").setExact(true)).click();
		signIn("analytical engine");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("#account_link")).hasText("Ada Lovelace");
		page.locator("#account_link").click();
		assertThat(page.locator("h1")).hasText("Your profile");
		assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");

		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn("wrong guess " + attempt);
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("this account is locked until 09:15:");
		assertNoSeriousAccessibilityProblem();
		signIn("analytical engine");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("locked until");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		page.getByLabel("Email address").fill(EMAIL.toUpperCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mail me a link")).click();
		assertThat(page.locator("h1")).hasText("Check your mail");
		page.navigate(url(linkInLatestMailTo(EMAIL)));
		page.getByLabel("New password").fill("difference engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your new password is set. Sign in with it.");
		signIn("difference engine");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("#account_link")).hasText("Ada Lovelace");
	}

	private void signIn(String password) {
		page.getByLabel("Email address").fill(EMAIL);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private void assertNoSeriousAccessibilityProblem() {
		assertThat(Chromium.seriousAccessibilityViolations(page)).as("axe-core on %s", page.url()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
