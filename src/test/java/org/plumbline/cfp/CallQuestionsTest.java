package org.plumbline.cfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plumbline.testsupport.QuestionEditorForms;
import org.plumbline.testsupport.WebClient;

/**
 * Organisers and the MC's leads define the questions of a call; the topic form asks them,
 * drafts keep the answers, a submitted topic needs the required ones, and a question that
 * topics answered is retired with its answers kept. {@link CallQuestionsPostgresTest}
 * runs the same on PostgreSQL.
 */
class CallQuestionsTest extends CfpWebTest {

	static final String QUESTIONS = "/manage/" + EVENT + "/calls/kernel/questions";

	static final String FORM = "/" + EVENT + "/calls/kernel/topics/new";

	@Test
	void anOrganiserAddsEditsAndReordersQuestionsAndTheTopicFormAsksThemInThatOrder() {
		WebClient olga = signedIn(ORGANISER);
		assertThat(add(olga, "TEXT", "Which kernel versions?", "Such as 6.8.", "", true).statusCode()).isEqualTo(302);
		add(olga, "CHOICE", "Experience", "", "Beginner\nExpert", false);
		add(olga, "BOOLEAN", "Needs a demo machine?", "", "", false);
		long demo = questionId("Needs a demo machine?");
		olga.submit(QUESTIONS, QUESTIONS + "/" + demo + "/move", Map.of("direction", "up"));
		olga.submit(QUESTIONS, QUESTIONS + "/" + demo + "/move", Map.of("direction", "up"));
		long experience = questionId("Experience");
		Map<String, String> edit = olga.formFields(QUESTIONS, QUESTIONS + "/" + experience);
		edit.remove("required");
		edit.putAll(Map.of("kind", "CHOICE", "label", "Your experience", "options", "Beginner\nIntermediate\nExpert"));
		assertThat(olga.post(QUESTIONS + "/" + experience, edit).statusCode()).isEqualTo(302);

		assertThat(olga.page(QUESTIONS).select("section.editor-question h3").eachText())
			.containsExactly("Needs a demo machine?", "Which kernel versions?", "Your experience");
		openCalls();
		Document form = signedIn(SPEAKER_A).page(FORM);
		assertThat(form.select(".question legend, div.question > label").eachText())
			.containsExactly("Needs a demo machine?", "Which kernel versions? (required)", "Your experience");
		assertThat(form.select("input[name=answer_" + experience + "]").eachAttr("value")).containsExactly("Beginner",
				"Intermediate", "Expert");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'call-question' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("added", "added", "added", "moved-up", "moved-up", "edited");
	}

	@Test
	void aMalformedQuestionIsToldBesideItsFieldsAndSavesNothing() {
		WebClient olga = signedIn(ORGANISER);

		HttpResponse<String> refused = add(olga, "CHOICE", "", "", "Only one", false);
		HttpResponse<String> options = add(olga, "TEXT", "Why\u0007", "", "a\nb", false);

		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#new_label_error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#new_options_error").text()).isEqualTo("List at least two options, one per line.");
		Document second = Jsoup.parse(options.body());
		assertThat(second.select("#new_label_error").text()).contains("invisible control character (U+0007)");
		assertThat(second.select("#new_options_error").text()).startsWith("Only a choice lists options");
		assertThat(count("SELECT COUNT(*) FROM call_question")).isZero();
	}

	@Test
	void aStaleEditIsToldAndKeepsTheOtherChange() {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Which kernel versions?", "", "", false);
		long id = questionId("Which kernel versions?");
		Map<String, String> first = olga.formFields(QUESTIONS, QUESTIONS + "/" + id);
		Map<String, String> second = new HashMap<>(first);
		first.put("kind", "TEXT");
		first.put("label", "First edit");
		second.put("kind", "TEXT");
		second.put("label", "Second edit");

		assertThat(olga.post(QUESTIONS + "/" + id, first).statusCode()).isEqualTo(302);
		HttpResponse<String> stale = olga.post(QUESTIONS + "/" + id, second);

		assertThat(Jsoup.parse(stale.body()).select("[role=alert]").text())
			.startsWith("This question was changed elsewhere since you opened the page.");
		assertThat(jdbc.sql("SELECT label FROM call_question").query(String.class).single()).isEqualTo("First edit");
	}

	@Test
	void aDraftKeepsItsAnswersAndSubmittingNeedsEveryRequiredOneAndAListedChoice() {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Which kernel versions?", "", "", true);
		add(olga, "CHOICE", "Experience", "", "Beginner\nExpert", true);
		add(olga, "BOOLEAN", "Needs a demo machine?", "", "", false);
		long versions = questionId("Which kernel versions?");
		long experience = questionId("Experience");
		long demo = questionId("Needs a demo machine?");
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);

		String topic = WebClient.location(
				ana.submit(FORM, FORM, Map.of("title", "Page tables", "answer_" + demo, "yes", "action", "draft")));
		HttpResponse<String> refused = ana.submit(topic, topic, Map.of("abstractText", "About page tables.",
				"durationMinutes", "30", "answer_" + experience, "Guru", "action", "submit"));

		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#answer_" + versions + "_error").text())
			.isEqualTo("Please answer this question; it is required.");
		assertThat(page.select("#answer_" + experience + "_error").text())
			.isEqualTo("Choose one of the options listed.");
		assertThat(page.select("input[name=answer_" + demo + "][checked]").attr("value")).isEqualTo("yes");
		assertThat(jdbc.sql("SELECT state FROM topic").query(String.class).single()).isEqualTo("DRAFT");

		HttpResponse<String> controlCharacter = ana.submit(topic, topic,
				Map.of("answer_" + versions, "6.8\u0000", "action", "save"));
		assertThat(Jsoup.parse(controlCharacter.body()).select("#answer_" + versions + "_error").text())
			.contains("invisible control character (U+0000)");

		assertThat(ana.submit(topic, topic,
				Map.of("abstractText", "About page tables.", "durationMinutes", "30", "answer_" + versions,
						"6.8 and 6.9", "answer_" + experience, "Expert", "action", "submit"))
			.statusCode()).isEqualTo(302);
		Document submitted = ana.page(topic);
		assertThat(submitted.select(".topic-facts").text()).contains("State Submitted");
		assertThat(submitted.select(".topic-answers dt").eachText()).containsExactly("Which kernel versions?",
				"Experience", "Needs a demo machine?");
		assertThat(submitted.select(".topic-answers dd").eachText()).containsExactly("6.8 and 6.9", "Expert", "Yes");
		assertThat(count("SELECT COUNT(*) FROM topic_answer")).isEqualTo(3);
		assertThat(jdbc.sql("SELECT after_json FROM audit_entry WHERE object_type = 'topic' AND action = 'submitted'")
			.query(String.class)
			.single()).contains("\"" + experience + "\":\"Expert\"");
	}

	@Test
	void removingAQuestionWithAnswersRetiresItAndKeepsTheAnswersWhileOneWithoutIsDeleted() {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Which kernel versions?", "", "", true);
		add(olga, "TEXT", "Anything else?", "", "", false);
		long versions = questionId("Which kernel versions?");
		long anything = questionId("Anything else?");
		openCalls();
		WebClient ana = signedIn(SPEAKER_A);
		String topic = WebClient.location(ana.submit(FORM, FORM, Map.of("title", "Page tables", "abstractText",
				"About page tables.", "durationMinutes", "30", "answer_" + versions, "6.8", "action", "submit")));

		HttpResponse<String> retired = olga.submit(QUESTIONS, QUESTIONS + "/" + versions + "/remove", Map.of());
		olga.submit(QUESTIONS, QUESTIONS + "/" + anything + "/remove", Map.of());

		assertThat(retired.statusCode()).isEqualTo(302);
		Document page = olga.page(QUESTIONS);
		assertThat(page.select("[role=status]").text()).startsWith("Removed the question \"Anything else?\"");
		assertThat(page.select("section.editor-question")).isEmpty();
		assertThat(page.select("h2:contains(Retired questions) + p + ul li").eachText())
			.containsExactly("Which kernel versions? (Text)");
		assertThat(count("SELECT COUNT(*) FROM call_question")).isEqualTo(1);
		assertThat(ana.page(FORM).select(".question")).isEmpty();
		Document topicPage = ana.page(topic);
		assertThat(topicPage.select(".topic-answers").text()).isEqualTo("Which kernel versions? (no longer asked) 6.8");
		assertThat(ana.submit(topic, topic, Map.of("title", "Page tables, edited", "action", "save")).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.sql("SELECT answer FROM topic_answer").query(String.class).list()).containsExactly("6.8");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'call-question' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("added", "added", "retired", "removed");
	}

	@Test
	void theMcsLeadManagesItsQuestionsWhileASpeakerIsToldThePageDoesNotExist() {
		long lead = accounts.account("lena@cfp.test", "Lena Lead");
		long leadPerson = microconferences.find(event.id(), "kernel").orElseThrow().leads().get(0).personId();
		jdbc.sql("UPDATE account SET person_id = ? WHERE id = ?").params(leadPerson, lead).update();

		assertThat(add(signedIn("lena@cfp.test"), "BOOLEAN", "Needs a demo machine?", "", "", false).statusCode())
			.isEqualTo(302);
		WebClient ana = WebClient.browser(port).signedIn(SPEAKER_A, PASSWORD);
		assertThat(ana.get(QUESTIONS).statusCode()).isEqualTo(404);
		assertThat(ana.postWithToken(QUESTIONS, Map.of("kind", "TEXT", "label", "Sneaky")).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT label FROM call_question").query(String.class).list())
			.containsExactly("Needs a demo machine?");
	}

	private HttpResponse<String> add(WebClient client, String kind, String label, String help, String options,
			boolean required) {
		return QuestionEditorForms.add(client, QUESTIONS, kind, label, help, options, required);
	}

	private long questionId(String label) {
		return count("SELECT id FROM call_question WHERE label = ?", label);
	}

}
