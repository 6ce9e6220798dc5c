package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.LockWaits;
import org.plumbline.testsupport.LockWaits.Race;
import org.plumbline.testsupport.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A speaker saves a topic as a draft, submits, edits and withdraws it while its call is
 * open; before it opens and after it closes, every change is refused with the dates in
 * the event's time zone. Only a topic's speakers see it.
 * {@link TopicSubmissionPostgresTest} runs the same on PostgreSQL.
 */
class TopicSubmissionTest extends CfpWebTest {

	static final String FORM = "/" + EVENT + "/calls/kernel/topics/new";

	static final String ABSTRACT = "We look at **page tables** and what they cost.";

	@Autowired
	Topics topics;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSpeakerSavesADraftThenSubmitsIt() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);

		HttpResponse<String> drafted = ana.submit(FORM, FORM, Map.of("title", "Page tables", "action", "draft"));

		assertThat(drafted.statusCode()).isEqualTo(302);
		String topicPage = WebClient.location(drafted);
		assertThat(topicPage).matches("/account/topics/\\d+");
		assertThat(ana.page("/account/topics").select("table.topics tbody tr").eachText())
			.containsExactly("Page tables Kernel MC Draft");
		Document draft = ana.page(topicPage);
		assertThat(draft.select(".topic-facts").text()).contains("Speakers Ana Speaker")
			.contains("Deadline 2027-02-01 18:00 Europe/Berlin");

		HttpResponse<String> submitted = ana.submit(topicPage, topicPage, Map.of("abstractText", ABSTRACT,
				"durationMinutes", "45", "notes", "Needs a projector.", "action", "submit"));

		assertThat(submitted.statusCode()).isEqualTo(302);
		Document page = ana.page(topicPage);
		assertThat(page.select(".topic-facts").text()).contains("State Submitted").contains("Duration 45 minutes");
		assertThat(page.select(".topic-abstract strong").text()).isEqualTo("page tables");
		assertThat(page.select(".topic-notes").text()).isEqualTo("Needs a projector.");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'topic' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("drafted", "submitted");
		assertThat(count("SELECT COUNT(*) FROM topic WHERE guid IS NOT NULL AND state = 'SUBMITTED'")).isEqualTo(1);
	}

	@Test
	void aSubmittedTopicNeedsAnAbstractAndADurationTheCallOffersAndARefusedFormSavesNothing() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);

		HttpResponse<String> refused = ana.submit(FORM, FORM,
				Map.of("title", "x".repeat(201), "durationMinutes", "50", "action", "submit"));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#title_error").text()).isEqualTo("At most 200 characters fit; this has 201.");
		assertThat(page.select("#abstractText_error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#durationMinutes_error").text())
			.isEqualTo("Choose one of the durations this call offers: 30, 45 minutes.");
		assertThat(count("SELECT COUNT(*) FROM topic")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(1);
	}

	@Test
	void invisibleControlCharactersAreToldBesideTheirFieldAndSaveNothing() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);

		HttpResponse<String> refused = ana.submit(FORM, FORM, Map.of("title", "Tracing\u0000", "abstractText",
				"Line one\r\nline\u0007two", "durationMinutes", "30", "action", "submit"));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#title_error").text()).contains("invisible control character (U+0000)");
		assertThat(page.select("#abstractText_error").text()).contains("invisible control character (U+0007)");
		assertThat(count("SELECT COUNT(*) FROM topic")).isZero();
	}

	@Test
	void aTitleOfTwoLinesIsToldBesideItsFieldAndSavesNothing() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);

		HttpResponse<String> refused = ana.submit(FORM, FORM, Map.of("title", "Tracing\r\nand more", "abstractText",
				"About it.", "durationMinutes", "30", "action", "submit"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#title_error").text())
			.isEqualTo("Character 8 is a line break (U+000D); this field is one line.");
		assertThat(count("SELECT COUNT(*) FROM topic")).isZero();
	}

	@Test
	void afterTheDeadlineEditsAndWithdrawalsAreRefusedWithTheDeadlineInTheEventsZone() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topicPage = WebClient.location(ana.submit(FORM, FORM,
				Map.of("title", "Page tables", "abstractText", ABSTRACT, "durationMinutes", "30", "action", "submit")));
		Map<String, String> editForm = ana.formFields(topicPage, topicPage);
		Map<String, String> withdrawForm = ana.formFields(topicPage, topicPage + "/withdraw");

		clock.set(berlin("2027-02-01T18:00"));
		editForm.put("title", "Too late");
		HttpResponse<String> edit = ana.post(topicPage, editForm);
		HttpResponse<String> withdraw = ana.post(topicPage + "/withdraw", withdrawForm);

		String message = "The call for topics of Kernel MC closed on 2027-02-01 18:00 Europe/Berlin; "
				+ "topics can no longer be saved, edited or withdrawn.";
		assertThat(Jsoup.parse(edit.body()).select("[role=alert]").text()).isEqualTo(message);
		assertThat(Jsoup.parse(withdraw.body()).select("[role=alert]").text()).isEqualTo(message);
		Document page = ana.page(topicPage);
		assertThat(page.select("[role=alert]").text()).isEqualTo(message);
		assertThat(page.select("form[action=" + topicPage + "]")).isEmpty();
		assertThat(jdbc.sql("SELECT title || ' ' || state FROM topic").query(String.class).single())
			.isEqualTo("Page tables SUBMITTED");
		assertThat(ana.page(FORM).select("form[action=" + FORM + "]")).isEmpty();
	}

	@Test
	void beforeTheCallOpensTheFormSaysWhenItOpensAndAPostIsRefused() {
		defaultWindow("2027-01-20T09:00", "2027-02-01T18:00", "30");
		WebClient ana = signedIn(SPEAKER_A);

		Document form = ana.page(FORM);
		HttpResponse<String> early = ana.post(FORM,
				Map.of("_csrf",
						form.select("input[name=_csrf]").isEmpty()
								? ana.page("/login").select("input[name=_csrf]").attr("value")
								: form.select("input[name=_csrf]").attr("value"),
						"submissionKey", "early-key", "title", "Too early", "action", "draft"));

		assertThat(form.select("[role=alert]").text())
			.isEqualTo("The call for topics of Kernel MC opens on 2027-01-20 09:00 Europe/Berlin.");
		assertThat(form.select("form[action=" + FORM + "]")).isEmpty();
		assertThat(Jsoup.parse(early.body()).select("[role=alert]").text())
			.isEqualTo("The call for topics of Kernel MC opens on 2027-01-20 09:00 Europe/Berlin.");
		assertThat(count("SELECT COUNT(*) FROM topic")).isZero();
	}

	@Test
	void anotherUserIsToldAnotherSpeakersTopicDoesNotExist() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topicPage = WebClient
			.location(ana.submit(FORM, FORM, Map.of("title", "Ana's secret", "action", "draft")));
		Map<String, String> anasForm = ana.formFields(topicPage, topicPage);
		WebClient ben = signedIn(SPEAKER_B);
		String bensToken = ben.page("/login").select("input[name=_csrf]").attr("value");
		anasForm.put("_csrf", bensToken);
		anasForm.put("title", "Ben's now");

		HttpResponse<String> read = ben.get(topicPage);
		HttpResponse<String> edit = ben.post(topicPage, anasForm);
		HttpResponse<String> withdraw = ben.post(topicPage + "/withdraw", anasForm);

		assertThat(List.of(read.statusCode(), edit.statusCode(), withdraw.statusCode())).containsOnly(404);
		assertThat(read.body()).doesNotContain("Ana's secret");
		assertThat(ben.page("/account/topics").text()).contains("You have no topics yet.");
		assertThat(jdbc.sql("SELECT title || ' ' || state FROM topic").query(String.class).single())
			.isEqualTo("Ana's secret DRAFT");
		assertThat(WebClient.location(anonymous().get(topicPage))).isEqualTo("/login");
		assertThat(WebClient.location(anonymous().get(FORM))).isEqualTo("/login");
	}

	@Test
	void aSecondClickWhileTheFirstIsStillSavingWaitsForItAndAnswersWithTheSameTopic() throws Exception {
		openCalls();
		TopicText text = new TopicText("Clicked twice", ABSTRACT, "30", null);
		Race<Topic> race = LockWaits.race(jdbc, transactions,
				() -> topics.create(event, "kernel", speakerAId, text, "clicked-twice", true),
				() -> topics.create(event, "kernel", speakerAId, text, "clicked-twice", true));

		assertThat(race.secondWaited()).as("the second click waits on the first's uncommitted key").isTrue();
		assertThat(race.secondFailure()).isNull();
		assertThat(race.second().id()).isEqualTo(race.first().id());
		assertThat(count("SELECT COUNT(*) FROM topic")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'topic'")).isEqualTo(1);
	}

	@Test
	void aRepeatedPostOfOneFormAnswersWithTheTopicTheFirstCreated() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		Map<String, String> form = ana.formFields(FORM, FORM);
		form.putAll(Map.of("title", "Clicked twice", "abstractText", ABSTRACT, "durationMinutes", "30", "action",
				"submit"));

		String first = WebClient.location(ana.post(FORM, form));
		String again = WebClient.location(ana.post(FORM, form));

		assertThat(first).matches("/account/topics/\\d+");
		assertThat(again).isEqualTo(first);
		assertThat(count("SELECT COUNT(*) FROM topic")).isEqualTo(1);
	}

	@Test
	void aKeyAnotherSpeakerAlreadyUsedCreatesTheirOwnTopicAndLeavesTheFirstAlone() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		Map<String, String> anasForm = ana.formFields(FORM, FORM);
		anasForm.putAll(Map.of("title", "Ana's topic", "action", "draft"));
		String anasTopic = WebClient.location(ana.post(FORM, anasForm));
		WebClient ben = signedIn(SPEAKER_B);
		Map<String, String> bensForm = ben.formFields(FORM, FORM);
		bensForm
			.putAll(Map.of("title", "Ben's topic", "action", "draft", "submissionKey", anasForm.get("submissionKey")));

		HttpResponse<String> bens = ben.post(FORM, bensForm);

		assertThat(bens.statusCode()).isEqualTo(302);
		String bensTopic = WebClient.location(bens);
		assertThat(bensTopic).matches("/account/topics/\\d+").isNotEqualTo(anasTopic);
		assertThat(ben.page(bensTopic).select("h1").text()).isEqualTo("Ben's topic");
		assertThat(ana.page(anasTopic).select("h1").text()).isEqualTo("Ana's topic");
		assertThat(jdbc.sql("SELECT title FROM topic ORDER BY id").query(String.class).list())
			.containsExactly("Ana's topic", "Ben's topic");
	}

	@Test
	void aMalformedSubmissionKeyIsABadRequestAndSavesNothing() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		Map<String, String> form = ana.formFields(FORM, FORM);
		form.putAll(Map.of("title", "Odd key", "action", "draft"));

		List<Integer> answers = List.of("k".repeat(65), "two words", "nul\u0000key", "   ").stream().map(key -> {
			Map<String, String> odd = new HashMap<>(form);
			odd.put("submissionKey", key);
			return ana.post(FORM, odd).statusCode();
		}).toList();

		assertThat(answers).containsOnly(400);
		assertThat(count("SELECT COUNT(*) FROM topic")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'topic'")).isZero();
	}

	@Test
	void aStaleEditIsToldAndDoesNotOverwriteTheNewerText() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topicPage = WebClient
			.location(ana.submit(FORM, FORM, Map.of("title", "First title", "action", "draft")));
		Map<String, String> tabOne = ana.formFields(topicPage, topicPage);
		Map<String, String> tabTwo = ana.formFields(topicPage, topicPage);
		tabOne.putAll(Map.of("title", "Saved in tab one", "action", "save"));
		ana.post(topicPage, tabOne);

		tabTwo.putAll(Map.of("title", "Saved in tab two", "action", "save"));
		HttpResponse<String> stale = ana.post(topicPage, tabTwo);

		Document page = Jsoup.parse(stale.body());
		assertThat(page.select("[role=alert]").text())
			.startsWith("This topic was changed elsewhere since you opened it.");
		assertThat(page.select("#title").val()).isEqualTo("Saved in tab two");
		assertThat(jdbc.sql("SELECT title FROM topic").query(String.class).single()).isEqualTo("Saved in tab one");
	}

	@Test
	void scriptInTheAbstractNeverReachesThePage() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topicPage = WebClient
			.location(ana.submit(FORM, FORM, Map.of("title", "<script>alert('title')</script>", "abstractText",
					"<script>alert('abstract')</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)>",
					"action", "draft")));

		String body = ana.get(topicPage).body();
		Document page = Jsoup.parse(body);
		assertThat(page.select(".topic-abstract script, .topic-abstract img, .topic-abstract a[href^=javascript]"))
			.isEmpty();
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select(".topic-abstract").text()).contains("<script>alert('abstract')</script>");
		assertThat(page.select("h1").text()).isEqualTo("<script>alert('title')</script>");
		assertThat(body).doesNotContain("<script>alert(");
	}

	@Test
	void aSpeakerWithdrawsATopicAndCanNoLongerChangeIt() {
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topicPage = WebClient
			.location(ana.submit(FORM, FORM, Map.of("title", "Changed my mind", "action", "draft")));
		Map<String, String> editForm = ana.formFields(topicPage, topicPage);

		HttpResponse<String> withdrawn = ana.submit(topicPage, topicPage + "/withdraw", Map.of());
		editForm.put("action", "submit");
		editForm.put("abstractText", ABSTRACT);
		editForm.put("durationMinutes", "30");
		editForm.put("version", "1");
		HttpResponse<String> resubmit = ana.post(topicPage, editForm);

		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(resubmit.body()).select("[role=alert]").text())
			.isEqualTo("This topic is withdrawn; it can no longer be changed.");
		assertThat(jdbc.sql("SELECT state FROM topic").query(String.class).single()).isEqualTo("WITHDRAWN");
		assertThat(ana.page("/account/topics").select("table.topics tbody tr").eachText())
			.containsExactly("Changed my mind Kernel MC Withdrawn");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'topic' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("drafted", "withdrawn");
	}

	@Test
	void aPlainTrackHasItsOwnCallAndDurations() {
		openCalls();
		calls.createPlainTrack(event, organiserId, new NewPlainTrack("refereed", "Refereed Track", "45", "", ""));
		WebClient ana = signedIn(SPEAKER_A);
		String trackForm = "/" + EVENT + "/calls/refereed/topics/new";

		Document form = ana.page(trackForm);
		HttpResponse<String> submitted = ana.submit(trackForm, trackForm, Map.of("title", "A refereed talk",
				"abstractText", ABSTRACT, "durationMinutes", "45", "action", "submit"));

		assertThat(form.select("input[name=durationMinutes]").eachAttr("value")).containsExactly("45");
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(count("SELECT COUNT(*) FROM topic WHERE plain_track_id IS NOT NULL AND duration_minutes = 45"))
			.isEqualTo(1);
		assertThat(ana.get("/" + EVENT + "/calls/proposed-mc/topics/new").statusCode()).as("a proposed MC has no call")
			.isEqualTo(404);
		Map<String, String> bad = new HashMap<>(ana.formFields(trackForm, trackForm));
		bad.remove("submissionKey");
		assertThat(ana.post(trackForm, bad).statusCode()).isEqualTo(400);
	}

}
