package org.plumbline.importer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.account.EventRole;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.EventSetup;
import org.plumbline.event.NewEvent;
import org.plumbline.event.NewEvent.NewRoom;
import org.plumbline.event.NewEvent.NewTimeBlock;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.RunningServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * In Debian's Chromium: an organiser follows the start page's link to next year's event,
 * is told a taken slug beside its field, keeps the proposed name and weeks, and reads the
 * report; the form and the report pass axe-core without a serious or critical violation.
 */
@TestPropertySource(properties = "plumbline.test.database=event-clone")
class EventCloneBrowserTest extends RunningServerTest {

	static final String EVENT = "browser_conf_2026";

	static final String ORGANISER = "bea@clone.test";

	static final String PASSWORD = "clone browser password";

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	EventCatalog events;

	@Autowired
	EventSetup setup;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	EventCloneBrowserTest() {
		super(SERVER_START);
	}

	@AfterEach
	void forgetTheEvents() {
		for (String slug : List.of(EVENT, "browser_conf_2027")) {
			events.findBySlug(slug).ifPresent(event -> setup.delete(event.id()));
		}
	}

	@Test
	void anOrganiserClonesTheEventFromItsStartPageAndReadsWhatWasCopied() {
		long event = setup
			.create(new NewEvent(EVENT, "Browser Conference 2026", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15),
					ZoneId.of("Europe/Vienna"), "Vienna", List.of(new NewRoom("Hall", 80, null)),
					List.of(new NewTimeBlock("Morning", LocalDate.of(2026, 9, 14), LocalTime.of(9, 0),
							LocalTime.of(12, 0), LocalTime.of(10, 30), LocalTime.of(11, 0))),
					List.of("Gold"), List.of()))
			.id();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords, PASSWORD);
		accounts.grant(event, accounts.account(ORGANISER, "Bea Organiser"), EventRole.ORGANISER, null);
		Page page = chromium.page();
		chromium.signIn(url(""), ORGANISER, PASSWORD);

		page.navigate(url("/manage/" + EVENT));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next year's event")).click();
		assertThat(page.getByLabel("New event's name")).hasValue("Browser Conference 2027");
		assertThat(page.getByLabel("Weeks to move every date by")).hasValue("52");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("New event's slug").fill(EVENT);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the event")).click();
		assertThat(page.locator("#slug_error"))
			.hasText("\"" + EVENT + "\" is taken by another event; choose another slug.");

		page.getByLabel("New event's slug").fill("browser_conf_2027");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the event")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Created Browser Conference 2027");
		assertThat(page.locator("#clone-summary")).containsText("Sep 13 – 14, 2027");
		assertThat(page.locator("#clone-counts tbody tr").first().locator("td")).hasText(new String[] { "rooms", "1" });
		assertThat(page.locator("#clock-changes-none")).isVisible();
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("manage Browser Conference 2027")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Manage Browser Conference 2027");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
