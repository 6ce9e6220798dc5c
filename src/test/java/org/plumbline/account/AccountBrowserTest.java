package org.plumbline.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.ChromiumPages;

/**
 * Issue 9, point 8, in Debian's Chromium: sign up, verify through the mail GreenMail
 * caught, sign in, fail the password five times and see the lock message, reset the
 * password by mail and sign in with the new one.
 */
class AccountBrowserTest extends AccountWebTest {

	static final String EMAIL = "ada@example.org";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void signUpVerifySignInGetLockedAndResetThePasswordByMail() {
		Page page = chromium.page();
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign up")).click();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Your name").fill("Ada Lovelace");
		page.getByLabel("Email address").fill(EMAIL);
		page.getByLabel("Password").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
		assertThat(page.locator("#password_error")).hasText("Use at least 10 characters.");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Password").fill("analytical engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
		assertThat(page.locator("h1")).hasText("Check your mail");

		page.navigate(url(linkInLatestMailTo(EMAIL)));
		assertThat(page.locator("h1")).hasText("Confirm your email address");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("Password").fill("analytical engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(page.locator("h1")).hasText("Email address verified");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sign in").setExact(true)).click();
		chromium.fillSignInForm(EMAIL, "analytical engine");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("#account_link")).hasText("Ada Lovelace");
		page.locator("#account_link").click();
		assertThat(page.locator("h1")).hasText("Your profile");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");

		for (int attempt = 1; attempt <= 5; attempt++) {
			chromium.fillSignInForm(EMAIL, "wrong guess " + attempt);
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("this account is locked until 09:15:");
		chromium.assertNoSeriousAccessibilityProblem();
		chromium.fillSignInForm(EMAIL, "analytical engine");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("locked until");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
		page.getByLabel("Email address").fill(EMAIL.toUpperCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mail me a link")).click();
		assertThat(page.locator("h1")).hasText("Check your mail");
		page.navigate(url(linkInLatestMailTo(EMAIL)));
		page.getByLabel("New password").fill("difference engine");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your new password is set. Sign in with it.");
		chromium.fillSignInForm(EMAIL, "difference engine");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("#account_link")).hasText("Ada Lovelace");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
