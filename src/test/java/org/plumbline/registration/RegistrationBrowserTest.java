package org.plumbline.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.testsupport.CaughtMail;
import org.plumbline.testsupport.ChromiumPages;

/**
 * In Debian's Chromium (issue 13, point 11): an attendee follows the event home's "Sold
 * out" link into a full event and waits second in line; cancellations make offers, whose
 * mail GreenMail catches; they take the offered place from the mailed link, and the
 * organisers' list shows them registered. Every page on the way passes axe-core without a
 * serious or critical violation.
 */
class RegistrationBrowserTest extends RegistrationWebTest {

	static final String CARL = "carl@register.test";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Test
	void anAttendeeWaitsInAFullEventIsOfferedAPlaceByMailAndTakesIt() {
		TicketType regular = onSale("Regular", "0", 2);
		for (String email : new String[] { ANNA, "dora@register.test", BEN }) {
			registrations.register(event, account(email), Long.toString(regular.id()), "", Map.of());
		}
		accounts.account(CARL, "Carl Attendee");
		Page page = chromium.page();
		chromium.signIn(url(""), CARL, PASSWORD);

		page.navigate(url("/" + EVENT + "/"));
		assertThat(page.locator("#registration_waiting")).hasText("1 person is on the waiting list.");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sold out: join the waiting list")).click();
		assertThat(page.locator("label.choice")).containsText("(sold out: you join the waiting list)");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(page.locator("#registration-status")).hasText("On the waiting list");
		assertThat(page.locator("#registration-position")).hasText("2");
		chromium.assertNoSeriousAccessibilityProblem();

		registrations.cancel(event, account(ANNA), 0);
		registrations.cancel(event, account("dora@register.test"), 0);

		List<MimeMessage> mail = mailTo(CARL);
		assertThat(CaughtMail.subject(mail.getLast())).as("the offer, caught by GreenMail")
			.startsWith("A place at Register Conference 2027 is yours to take until");
		page.navigate(url(CaughtMail.linkInLatest(mail, CARL)));
		assertThat(page.locator("#registration-status")).hasText("Offered a place");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the place")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The place is yours: you are registered.");
		assertThat(page.locator("#registration-status")).hasText("Registered");
		chromium.screenshot("registration-offer-taken");
		page.context().clearCookies();

		chromium.signIn(url(""), ORGANISER, PASSWORD);
		page.navigate(url("/manage/" + EVENT + "/registration"));
		assertThat(page.locator("#registrations tr", new Page.LocatorOptions().setHasText(CARL)))
			.containsText("Registered");
		assertThat(page.locator("#registration-places")).containsText("2 of 2");
		chromium.assertNoSeriousAccessibilityProblem();
		assertThat(registrationOf(CARL).get("status")).isEqualTo("REGISTERED");
	}

	@Test
	void anAttendeeRegistersAndCancelsWithTheKeyboardAlone() {
		onSale("Regular", "0", 5);
		accounts.account(CARL, "Carl Attendee");
		Page page = chromium.page();
		chromium.signIn(url(""), CARL, PASSWORD);
		page.navigate(url("/" + EVENT + "/"));
		assertThat(page.locator("#registration_link")).hasText("Register");

		pressTabUntil(page, "Register");
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("Register for Register Conference 2027");
		pressTabUntil(page, "Register");
		page.keyboard().press("Enter");
		assertThat(page.locator("#registration-status")).hasText("Registered");
		pressTabUntil(page, "Cancel my registration");
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your registration is cancelled. We sent you a mail.");
		assertThat(count("SELECT COUNT(*) FROM registration WHERE status = 'CANCELLED'")).isEqualTo(1);
	}

	@Test
	void theOrganisersRegistrationPagesPassAxeAndAPaymentIsMarkedByKeyboardAlone() {
		TicketType regular = onSale("Regular", "120.00", 1);
		registrations.register(event, account(ANNA), Long.toString(regular.id()), "", Map.of());
		registrations.register(event, account(BEN), Long.toString(regular.id()), "", Map.of());
		Page page = chromium.page();
		chromium.signIn(url(""), ORGANISER, PASSWORD);
		for (String shown : List.of("", "/waiting", "/payments", "/passes", "/tiers", "/settings", "/questions")) {
			page.navigate(url("/manage/" + EVENT + "/registration" + shown));
			assertThat(page.locator("h1")).isVisible();
			chromium.assertNoSeriousAccessibilityProblem();
		}

		page.navigate(url("/manage/" + EVENT + "/registration/payments"));
		pressTabUntil(page, "Mark paid");
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Recorded the payment of");
		assertThat(registrationOf(ANNA).get("status")).isEqualTo("REGISTERED");
	}

	/**
	 * Presses Tab until the focused link or button says the text, each stop showing a
	 * focus outline; fails if 40 presses do not reach it.
	 */
	private static void pressTabUntil(Page page, String text) {
		for (int tab = 0; tab < 40; tab++) {
			page.keyboard().press("Tab");
			assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle"))
				.as("focus outline of %s", page.evaluate("document.activeElement.outerHTML"))
				.isNotEqualTo("none");
			if (text.equals(page.evaluate("document.activeElement.textContent.trim()"))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached \"" + text + "\" on " + page.url());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
