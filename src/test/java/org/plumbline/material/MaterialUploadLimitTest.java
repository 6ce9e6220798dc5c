package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.cfp.TopicState;
import org.plumbline.people.PersonDirectory;
import org.plumbline.testsupport.AccountFixture;
import org.plumbline.testsupport.RunningServerTest;
import org.plumbline.testsupport.ScheduleFixture;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14, point 7, a file over the limit, at the server's own limit: the multipart
 * limits follow the materials limit even where they are set lower, and a file so large
 * that the server stops reading it is still told on the materials page, with nothing
 * stored.
 */
@TestPropertySource(properties = { "plumbline.materials.max-file-size=1MB",
		"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB" })
class MaterialUploadLimitTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	String pagePath;

	WebClient speaker;

	MaterialUploadLimitTest() {
		super(SERVER_START);
	}

	@BeforeEach
	void aTalkAndItsSpeakerSignedIn() {
		ScheduleFixture schedule = new ScheduleFixture(context);
		schedule.clear();
		long person = people.create("Sally Speaker", List.of("Sally Speaker"), null).id();
		jdbc.sql("DELETE FROM account WHERE email_key = 'speaker@limits.test'").update();
		new AccountFixture(jdbc, people, passwords).account("speaker@limits.test", "Sally Speaker", person);
		long topicId = schedule.topic("kernel", "Faster page tables", TopicState.CONFIRMED, 30, person);
		pagePath = "/manage/" + ScheduleFixture.EVENT + "/talks/" + topicId + "/materials";
		speaker = WebClient.browser(port).signedIn("speaker@limits.test", AccountFixture.PASSWORD);
	}

	@Test
	void aFileOverTheLimitIsToldItsSizeThoughTheServersLimitWasSetToTheSame() {
		HttpResponse<String> refused = upload("big.pdf", SampleFiles.pdf(1_600_000));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#file_error").text())
			.isEqualTo("big.pdf has 1.5 MB; a file may have at most 1 MB.");
		assertNothingStored();
	}

	@Test
	void aFileTheServerStopsReadingIsToldOnTheMaterialsPageAndNothingIsStored() {
		HttpResponse<String> refused = upload("huge.pdf", SampleFiles.pdf(6 * 1024 * 1024));

		assertThat(refused.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo("Materials of “Faster page tables”");
		assertThat(page.select("#file_error").text())
			.isEqualTo("The file was too large for the server to read; a file may have at most 1 MB.");
		assertThat(page.select("form[action=" + pagePath + "/files] input[name=_csrf]").attr("value"))
			.as("the form can be sent again")
			.isNotBlank();
		assertNothingStored();
	}

	private HttpResponse<String> upload(String fileName, byte[] content) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", speaker.formFields(pagePath, pagePath + "/files").get("_csrf"));
		fields.put("title", "");
		return speaker.postMultipart(pagePath + "/files", fields, "file", fileName, content);
	}

	private void assertNothingStored() {
		assertThat(count("SELECT COUNT(*) FROM talk_material")).isZero();
		assertThat(count("SELECT COUNT(*) FROM talk_material_chunk")).isZero();
	}

}
