package org.plumbline.material;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.ChromiumPages;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In Debian's Chromium: a speaker goes from their topic's page to its materials, is told
 * why an HTML page named .pdf is refused, attaches the real PDF, and finds it on the
 * talk's public page. Every page on the way passes axe-core without a serious or critical
 * violation.
 */
class MaterialBrowserTest extends RunningServerTest {

	@RegisterExtension
	static final ChromiumPages chromium = new ChromiumPages();

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@TempDir
	Path files;

	MaterialBrowserTest() {
		super(SERVER_START);
	}

	@Test
	void aSpeakerIsToldWhyAMisnamedFileIsRefusedAndAttachesTheirSlides() throws Exception {
		ScheduleFixture schedule = new ScheduleFixture(context);
		schedule.clear();
		long speaker = people.create("Bea Browser", List.of("Bea Browser"), null).id();
		new AccountFixture(jdbc, people, passwords).account("bea@materials.test", "Bea Browser", speaker);
		long session = schedule.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		long topicId = schedule.topic("kernel", "Slides in the browser", TopicState.CONFIRMED, 30, speaker);
		schedule.placeTalk(session, topicId, "2027-10-29T10:00");
		schedule.release("Browser");
		UUID talk = jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single();
		Path misnamed = Files.write(files.resolve("slides.pdf"), SampleFiles.html());
		Path slides = Files.write(files.resolve("real-slides.pdf"), SampleFiles.pdf(5000));
		Page page = chromium.page();
		chromium.signIn(url(""), "bea@materials.test", AccountFixture.PASSWORD);

		page.navigate(url("/account/topics/" + topicId));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slides and materials")).click();
		assertThat(page.locator("h1")).hasText("Materials of “Slides in the browser”");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(misnamed);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
		assertThat(page.locator("#file_error")).containsText("slides.pdf is named as a PDF file, but its content is");
		chromium.assertNoSeriousAccessibilityProblem();
		page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(slides);
		page.getByLabel("Title (optional)").fill("Final slides");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Attached real-slides.pdf.");
		chromium.assertNoSeriousAccessibilityProblem();

		page.context().clearCookies();
		page.navigate(url("/" + ScheduleFixture.EVENT + "/talks/" + talk));
		assertThat(page.locator("ul.talk-materials")).containsText("Final slides (PDF, 4.9 KB)");
		chromium.assertNoSeriousAccessibilityProblem();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
