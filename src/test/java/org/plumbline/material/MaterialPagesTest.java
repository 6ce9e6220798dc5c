package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.PlaceableTopics;
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
 * Issue 14, points 1, 7 and 8: a talk's speakers, its MC's leads and the organisers
 * attach files and links; a file's type is sniffed from its content; bad input is told
 * and changes nothing; the public talk and MC pages list what is not private, and a
 * private file is a 404 to everyone else. The limit is set to 2 MB here, so that a file
 * over it is small enough to send in a test.
 */
@TestPropertySource(properties = "plumbline.materials.max-file-size=2MB")
class MaterialPagesTest extends RunningServerTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TalkMaterials materials;

	@Autowired
	PlaceableTopics topics;

	ScheduleFixture schedule;

	long topicId;

	UUID talkGuid;

	String pagePath;

	MaterialPagesTest() {
		super(SERVER_START);
	}

	@BeforeEach
	void aReleasedTalkWithItsPeople() {
		schedule = new ScheduleFixture(context);
		schedule.clear();
		AccountFixture accounts = new AccountFixture(jdbc, people, passwords);
		long speaker = people.create("Sally Speaker", List.of("Sally Speaker"), null).id();
		jdbc.sql("DELETE FROM account WHERE email_key = 'speaker@materials.test'").update();
		accounts.account("speaker@materials.test", "Sally Speaker", speaker);
		jdbc.sql("DELETE FROM audit_entry WHERE object_type = 'talk-material'").update();
		accounts.account("lead@materials.test", "Lena Lead", schedule.mc("kernel").leads().get(0).personId());
		accounts.account("other-lead@materials.test", "Tom Lead", schedule.mc("tools").leads().get(0).personId());
		accounts.account("stranger@materials.test", "Stranger");
		accounts.grant(schedule.event().id(), accounts.account("organiser@materials.test", "Olga Organiser"),
				EventRole.ORGANISER, null);
		long session = schedule.placeMc("kernel", "Hall A", "2027-10-29T10:00");
		topicId = schedule.topic("kernel", "Faster page tables", TopicState.CONFIRMED, 30, speaker);
		schedule.placeTalk(session, topicId, "2027-10-29T10:00");
		schedule.release("Materials");
		talkGuid = jdbc.sql("SELECT guid FROM topic WHERE id = ?").param(topicId).query(UUID.class).single();
		pagePath = "/manage/" + ScheduleFixture.EVENT + "/talks/" + topicId + "/materials";
	}

	@Test
	void aSpeakersPdfIsListedOnTheTalkAndMcPagesAndDownloadsAsUploaded() {
		WebClient speaker = signedIn("speaker@materials.test");
		assertThat(speaker.page("/account/topics/" + topicId).select("a[href=" + pagePath + "]").text())
			.as("the speaker's own topic page leads there")
			.isEqualTo("Slides and materials");
		byte[] pdf = SampleFiles.pdf(1_500_000);

		HttpResponse<String> uploaded = upload(speaker, "page-tables.pdf", pdf, "Slides", false);

		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(speaker.page(pagePath).select("[role=status]").text()).contains("Attached page-tables.pdf.");
		assertThat(count("SELECT COUNT(*) FROM talk_material_chunk")).as("1.5 MB in chunks of 1 MiB").isEqualTo(2);
		String href = "/" + ScheduleFixture.EVENT + "/materials/"
				+ jdbc.sql("SELECT guid FROM talk_material").query(String.class).single();
		WebClient visitor = WebClient.browser(port).withoutCookies();
		Document talkPage = visitor.page("/" + ScheduleFixture.EVENT + "/talks/" + talkGuid);
		assertThat(talkPage.select("ul.talk-materials a[href=" + href + "]").text()).isEqualTo("Slides");
		assertThat(talkPage.select("ul.talk-materials li").text()).contains("PDF, 1.4 MB");
		Document mcPage = visitor.page("/" + ScheduleFixture.EVENT + "/microconferences/kernel");
		assertThat(mcPage.select(".mc-talks ul.talk-materials a[href=" + href + "]").text()).isEqualTo("Slides");

		HttpResponse<byte[]> download = visitor.getBytes(href);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("page-tables.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Set-Cookie")).as("a public download starts no session").isEmpty();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-material' AND action = 'added'"))
			.isEqualTo(1);
	}

	@Test
	void anHtmlFileNamedPdfIsRefusedWithAMessageAndNothingIsStored() {
		WebClient speaker = signedIn("speaker@materials.test");

		HttpResponse<String> refused = upload(speaker, "slides.pdf", SampleFiles.html(), "", false);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(fileError(refused))
			.isEqualTo("slides.pdf is named as a PDF file, but its content is HyperText Markup Language (text/html). "
					+ "Attach the file itself, or name it for what it is.");
		assertNothingStored();
	}

	@Test
	void anEmptyFileAFileOverTheLimitAndAnUnacceptedFormatAreRefusedWithMessages() {
		WebClient speaker = signedIn("speaker@materials.test");

		assertThat(fileError(upload(speaker, "empty.pdf", new byte[0], "", false)))
			.isEqualTo("empty.pdf is empty: there is nothing in it to attach.");
		assertThat(fileError(upload(speaker, "huge.pdf", SampleFiles.pdf(3 * 1024 * 1024), "", false)))
			.isEqualTo("huge.pdf has 3.0 MB; a file may have at most 2 MB.");
		assertThat(fileError(upload(speaker, "notes.html", SampleFiles.html(), "", false)))
			.isEqualTo("Attach a PDF or slides (.pdf, .pptx, .odp); notes.html is named as none of these.");
		assertNothingStored();
	}

	@Test
	void slideContainersAreToldApartFromAPlainZipArchive() {
		WebClient lead = signedIn("lead@materials.test");

		assertThat(upload(lead, "deck.pptx", SampleFiles.pptx(), "", false).statusCode()).isEqualTo(302);
		assertThat(upload(lead, "deck.odp", SampleFiles.odp(), "", false).statusCode()).isEqualTo(302);
		HttpResponse<String> zip = upload(lead, "fake.pptx", SampleFiles.plainZip(), "", false);

		assertThat(fileError(zip)).startsWith("fake.pptx is named as a PowerPoint file, but its content is")
			.contains("(application/zip)");
		assertThat(jdbc.sql("SELECT media_type FROM talk_material ORDER BY id").query(String.class).list())
			.containsExactly("application/vnd.openxmlformats-officedocument.presentationml.presentation",
					"application/vnd.oasis.opendocument.presentation");
		assertThat(fileError(upload(lead, "deck.odp", SampleFiles.pptx(), "", false)))
			.as("a PowerPoint package named as OpenDocument")
			.startsWith("deck.odp is named as an OpenDocument presentation file, but its content is");
	}

	@Test
	void aWordDocumentNamedPptxIsRefusedAsWhatItIsAndNoOle2FileIsTakenForSlides() {
		WebClient speaker = signedIn("speaker@materials.test");

		assertThat(fileError(upload(speaker, "deck.pptx", SampleFiles.docx(), "", false)))
			.isEqualTo("deck.pptx is named as a PowerPoint file, but its content is "
					+ "Office Open XML Document (application/vnd.openxmlformats-officedocument.wordprocessingml.document). "
					+ "Attach the file itself, or name it for what it is.");
		assertThat(fileError(upload(speaker, "deck.ppt", SampleFiles.ole2(), "", false)))
			.as("an OLE2 file may be a Word or Excel file or an installer as well as slides")
			.isEqualTo("Attach a PDF or slides (.pdf, .pptx, .odp); deck.ppt is named as none of these.");
		assertNothingStored();
	}

	@Test
	void theMaterialsOfACanceledTalkAreNeitherListedNorServedToAnyone() {
		WebClient speaker = signedIn("speaker@materials.test");
		upload(speaker, "slides.pdf", SampleFiles.pdf(2000), "Slides", false);
		upload(speaker, "draft.pdf", SampleFiles.pdf(3000), "Draft", true);
		List<String> hrefs = jdbc.sql("SELECT guid FROM talk_material ORDER BY id")
			.query(String.class)
			.list()
			.stream()
			.map(guid -> "/" + ScheduleFixture.EVENT + "/materials/" + guid)
			.toList();
		assertThat(materials.publicOf(List.of(talkGuid))).containsOnlyKeys(talkGuid);

		jdbc.sql("UPDATE topic SET state = 'CANCELED', cancel_reason = 'Ill' WHERE id = ?").param(topicId).update();

		assertThat(materials.publicOf(List.of(talkGuid))).isEmpty();
		assertThat(WebClient.browser(port).getBytes(hrefs.get(0)).statusCode()).as("public file, anonymous")
			.isEqualTo(404);
		assertThat(speaker.getBytes(hrefs.get(1)).statusCode()).as("private file, its speaker").isEqualTo(404);
		assertThat(signedIn("organiser@materials.test").getBytes(hrefs.get(0)).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherMcsLeadCanNeitherChangeNorRemoveAMaterial() {
		upload(signedIn("speaker@materials.test"), "slides.pdf", SampleFiles.pdf(2000), "Slides", false);
		long id = materialId();
		WebClient otherLead = signedIn("other-lead@materials.test");

		HttpResponse<String> change = otherLead.postWithToken(pagePath + "/" + id,
				Map.of("version", "0", "title", "Taken over"));
		HttpResponse<String> removal = otherLead.postWithToken(pagePath + "/" + id + "/remove", Map.of("version", "0"));

		assertThat(change.statusCode()).isEqualTo(404);
		assertThat(removal.statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT title FROM talk_material").query(String.class).single()).isEqualTo("Slides");
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-material'")).isEqualTo(1);
	}

	@Test
	void aMaterialOfAnotherTalkNamedInTheAddressIsNotFoundAndUnchanged() {
		long otherTopic = schedule.topic("kernel", "Slower page tables", TopicState.CONFIRMED, 30);
		String otherPage = "/manage/" + ScheduleFixture.EVENT + "/talks/" + otherTopic + "/materials";
		WebClient organiser = signedIn("organiser@materials.test");
		upload(organiser, "slides.pdf", SampleFiles.pdf(2000), "Slides", false);
		long id = materialId();
		Map<String, String> change = new LinkedHashMap<>(organiser.formFields(pagePath, pagePath + "/" + id));
		change.put("title", "Moved");
		Map<String, String> removal = organiser.formFields(pagePath, pagePath + "/" + id + "/remove");

		assertThat(organiser.post(otherPage + "/" + id, change).statusCode()).isEqualTo(404);
		assertThat(organiser.post(otherPage + "/" + id + "/remove", removal).statusCode()).isEqualTo(404);

		assertThat(jdbc.sql("SELECT title FROM talk_material").query(String.class).single()).isEqualTo("Slides");
		assertThat(count("SELECT COUNT(*) FROM talk_material_chunk")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'talk-material'")).isEqualTo(1);
	}

	@Test
	void aJavascriptLinkIsRefusedAndAWebLinkIsListed() {
		WebClient organiser = signedIn("organiser@materials.test");

		HttpResponse<String> refused = organiser.submit(pagePath, pagePath + "/links",
				Map.of("title", "Click me", "url", "javascript:alert(document.cookie)"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#url_error").text())
			.isEqualTo("Only web addresses (https:// or http://) can be linked; this one starts with javascript:.");
		assertThat(Jsoup.parse(refused.body()).select("#url").attr("value"))
			.isEqualTo("javascript:alert(document.cookie)");
		assertNothingStored();

		Map<String, String> publicLink = new LinkedHashMap<>(organiser.formFields(pagePath, pagePath + "/links"));
		publicLink.remove("private");
		publicLink.remove("video");
		publicLink.putAll(Map.of("title", "Recording", "url", "https://video.example.org/kernel#t=600"));
		assertThat(organiser.post(pagePath + "/links", publicLink).statusCode()).isEqualTo(302);
		Document talkPage = WebClient.browser(port).page("/" + ScheduleFixture.EVENT + "/talks/" + talkGuid);
		assertThat(talkPage.select("ul.talk-materials a[href=https://video.example.org/kernel#t=600]").text())
			.isEqualTo("Recording");

		Map<String, String> video = new LinkedHashMap<>(organiser.formFields(pagePath, pagePath + "/links"));
		video.remove("private");
		video.putAll(Map.of("title", "The talk on video", "url", "https://video.example.org/talk.webm", "video", "on"));
		assertThat(organiser.post(pagePath + "/links", video).statusCode()).isEqualTo(302);
		Document withVideo = WebClient.browser(port).page("/" + ScheduleFixture.EVENT + "/talks/" + talkGuid);
		assertThat(withVideo.select(".talk-video a").eachAttr("href"))
			.as("a link given as a video of the talk is its recording, not one more material")
			.containsExactly("https://video.example.org/talk.webm");
		assertThat(withVideo.select("ul.talk-materials a[href=https://video.example.org/talk.webm]")).isEmpty();
	}

	@Test
	void aPrivateFileIsSeenByItsSpeakersLeadsAndOrganisersAndIsA404ToEveryoneElse() {
		WebClient speaker = signedIn("speaker@materials.test");
		upload(speaker, "draft.pdf", SampleFiles.pdf(2000), "Draft", true);
		String href = "/" + ScheduleFixture.EVENT + "/materials/"
				+ jdbc.sql("SELECT guid FROM talk_material").query(String.class).single();

		assertThat(WebClient.browser(port).page("/" + ScheduleFixture.EVENT + "/talks/" + talkGuid).text())
			.doesNotContain("Draft");
		assertThat(WebClient.browser(port).getBytes(href).statusCode()).as("anonymous").isEqualTo(404);
		assertThat(signedIn("stranger@materials.test").getBytes(href).statusCode()).isEqualTo(404);
		assertThat(signedIn("other-lead@materials.test").getBytes(href).statusCode()).isEqualTo(404);
		assertThat(speaker.getBytes(href).statusCode()).isEqualTo(200);
		assertThat(signedIn("lead@materials.test").getBytes(href).statusCode()).isEqualTo(200);
		assertThat(signedIn("organiser@materials.test").getBytes(href).statusCode()).isEqualTo(200);
		assertThat(signedIn("stranger@materials.test").get(pagePath).statusCode()).isEqualTo(404);
		assertThat(signedIn("other-lead@materials.test").get(pagePath).statusCode()).isEqualTo(404);
		assertThat(signedIn("lead@materials.test").page(pagePath).select("#material-" + materialId()).text())
			.contains("draft.pdf", "Speakers, leads and organisers");
	}

	@Test
	void aMaterialMadePublicIsListedAndItsChangeIsAudited() {
		WebClient speaker = signedIn("speaker@materials.test");
		upload(speaker, "draft.pdf", SampleFiles.pdf(2000), "Draft", true);
		long id = materialId();

		assertThat(speaker.submit(pagePath, pagePath + "/" + id, Map.of("title", "Final slides", "private", "on"))
			.statusCode()).isEqualTo(302);
		Map<String, String> makePublic = new LinkedHashMap<>(speaker.formFields(pagePath, pagePath + "/" + id));
		makePublic.remove("private");
		assertThat(speaker.post(pagePath + "/" + id, makePublic).statusCode()).isEqualTo(302);

		assertThat(WebClient.browser(port).page("/" + ScheduleFixture.EVENT + "/talks/" + talkGuid).text())
			.contains("Final slides");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'talk-material' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("added", "changed", "changed");
	}

	@Test
	void aStaleChangeOrRemovalIsToldAndChangesNothing() {
		WebClient speaker = signedIn("speaker@materials.test");
		upload(speaker, "slides.pdf", SampleFiles.pdf(2000), "Slides", false);
		long id = materialId();
		Map<String, String> staleChange = speaker.formFields(pagePath, pagePath + "/" + id);
		Map<String, String> staleRemoval = speaker.formFields(pagePath, pagePath + "/" + id + "/remove");
		signedIn("organiser@materials.test").submit(pagePath, pagePath + "/" + id, Map.of("title", "Renamed"));

		staleChange.put("title", "Mine");
		HttpResponse<String> change = speaker.post(pagePath + "/" + id, staleChange);
		HttpResponse<String> removal = speaker.post(pagePath + "/" + id + "/remove", staleRemoval);

		assertThat(Jsoup.parse(change.body()).select("[role=alert]").text()).isEqualTo(
				"This material was changed or removed elsewhere since you opened the page. The page below is as it is now.");
		assertThat(Jsoup.parse(removal.body()).select("[role=alert]").text()).startsWith("This material was changed");
		assertThat(jdbc.sql("SELECT title FROM talk_material").query(String.class).single()).isEqualTo("Renamed");
		assertThat(count("SELECT COUNT(*) FROM talk_material_chunk")).isEqualTo(1);
	}

	@Test
	void removingAFileRemovesItsChunksAndIsAudited() {
		WebClient lead = signedIn("lead@materials.test");
		upload(lead, "slides.pdf", SampleFiles.pdf(1_200_000), "Slides", false);
		long id = materialId();
		String href = "/" + ScheduleFixture.EVENT + "/materials/"
				+ jdbc.sql("SELECT guid FROM talk_material").query(String.class).single();

		assertThat(lead.submit(pagePath, pagePath + "/" + id + "/remove", Map.of()).statusCode()).isEqualTo(302);

		assertNothingStored();
		assertThat(WebClient.browser(port).getBytes(href).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'talk-material' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("added", "removed");
	}

	@Test
	void aTopicThatIsNotAcceptedHasNoMaterialsPage() {
		long submitted = schedule.topic("kernel", "Not yet", TopicState.SUBMITTED, 30);

		assertThat(signedIn("organiser@materials.test")
			.get("/manage/" + ScheduleFixture.EVENT + "/talks/" + submitted + "/materials")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aTalkIsLookedUpAloneWithItsSpeakersInItsOwnEventAndOnlyWhilePlaceable() {
		long rejected = schedule.topic("kernel", "Not this one", TopicState.REJECTED, 30);

		assertThat(topics.find(schedule.event().id(), topicId)).hasValueSatisfying(talk -> {
			assertThat(talk.title()).isEqualTo("Faster page tables");
			assertThat(talk.speakers()).extracting(PlaceableTopic.Speaker::nameAsWritten)
				.containsExactly("Sally Speaker");
		});
		assertThat(topics.find(schedule.event().id() + 1, topicId)).as("asked for in another event").isEmpty();
		assertThat(topics.find(schedule.event().id(), rejected)).isEmpty();
	}

	private WebClient signedIn(String email) {
		return WebClient.browser(port).signedIn(email, AccountFixture.PASSWORD);
	}

	private HttpResponse<String> upload(WebClient client, String fileName, byte[] content, String title,
			boolean privateMaterial) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", client.formFields(pagePath, pagePath + "/files").get("_csrf"));
		fields.put("title", title);
		if (privateMaterial) {
			fields.put("private", "on");
		}
		return client.postMultipart(pagePath + "/files", fields, "file", fileName, content);
	}

	private static String fileError(HttpResponse<String> response) {
		return Jsoup.parse(response.body()).select("#file_error").text();
	}

	private long materialId() {
		return jdbc.sql("SELECT id FROM talk_material").query(Long.class).single();
	}

	private void assertNothingStored() {
		assertThat(count("SELECT COUNT(*) FROM talk_material")).isZero();
		assertThat(count("SELECT COUNT(*) FROM talk_material_chunk")).isZero();
	}

}
