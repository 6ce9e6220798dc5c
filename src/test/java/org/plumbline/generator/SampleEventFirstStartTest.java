package org.plumbline.generator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plumbline.event.EventCatalog;
import org.plumbline.testsupport.ChromiumPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A server's first start with the demo on, as the README's first command runs it: beside
 * lpc2023 it generates the sample event, whose home page, in Chromium, offers to register
 * and tells which ticket type is sold out and how many wait.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "plumbline.demo.enabled=true", "plumbline.demo.sample.enabled=true" })
@ActiveProfiles("test")
class SampleEventFirstStartTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@LocalServerPort
	int port;

	@Autowired
	EventCatalog events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSampleEventsHomeShowsASaleOpenAndASoldOutTypeWithItsWaitingLine() {
		assertThat(events.findBySlug("lpc2023")).isPresent();
		assertThat(events.findBySlug("sample")).isPresent();

		Page page = chromium.page();
		page.navigate("http://localhost:" + port + "/sample/");

		assertThat(page.locator("#registration_link")).hasText("Register");
		assertThat(page.locator("#registration_waiting")).hasText("37 people are on the waiting list.");
		assertThat(page.locator("#registration_types li")).containsText(
				new String[] { "In person (400.00 EUR): sold out, 37 people waiting", "Virtual (50.00 EUR): on sale" });
	}

	@Test
	void theRunningSampleEventsEndedTalkLinksToItsSlidesAndItsMomentInTheRecording() {
		long eventId = events.findBySlug("sample_now").orElseThrow().id();
		String talk = jdbc.sql("""
				SELECT CAST(t.guid AS VARCHAR(36)) FROM topic t
				JOIN talk_recording_offset o ON o.topic_id = t.id
				JOIN talk_material m ON m.topic_id = t.id AND m.kind = 'FILE'
				WHERE t.event_id = ? AND o.offset_seconds > 0 ORDER BY t.id""")
			.param(eventId)
			.query(String.class)
			.list()
			.getFirst();

		Page page = chromium.page();
		page.navigate("http://localhost:" + port + "/sample_now/talks/" + talk);

		assertThat(page.locator("#talk-recording a")).containsText("where this talk starts");
		assertThat(page.locator("#talk-recording a")).hasAttribute("href",
				java.util.regex.Pattern.compile("^https://video\\.example\\.org/sample_now/.+#t=\\d+$"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slides"))).isVisible();
		assertThat(page.locator(".talk-feedback a")).hasText("Give feedback on this talk");
	}

}
