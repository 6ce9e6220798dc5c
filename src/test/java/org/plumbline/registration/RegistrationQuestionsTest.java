package org.plumbline.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionKind;
import org.plumbline.testsupport.QuestionEditorForms;
import org.plumbline.testsupport.WebClient;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Organisers define the registration form's questions (issue 13, point 1) on the calls'
 * question model; the form asks them, refuses a missing required answer or a choice not
 * offered without writing anything, stores the answers with the registration, and shows
 * them to the attendee, those of retired questions too.
 * {@link RegistrationQuestionsPostgresTest} runs the same on PostgreSQL.
 */
class RegistrationQuestionsTest extends RegistrationWebTest {

	static final String QUESTIONS = "/manage/" + EVENT + "/registration/questions";

	static final String FORM = "/" + EVENT + "/register";

	@Autowired
	RegistrationQuestions questions;

	@Test
	void anOrganiserAddsEachKindReordersAndEditsAndTheRegistrationFormAsksThemInThatOrder() {
		onSale("Regular", "0", 10);
		WebClient olga = signedIn(ORGANISER);
		assertThat(olga.page("/manage/" + EVENT + "/registration/tickets").select("a[href=" + QUESTIONS + "]"))
			.hasSize(1);

		long[] asked = sizeFirstTimeAndAnythingElse(false);
		olga.submit(QUESTIONS, QUESTIONS + "/" + asked[2] + "/move", Map.of("direction", "up"));
		Map<String, String> edit = QuestionEditorForms.editForm(olga, QUESTIONS, asked[0]);
		edit.putAll(Map.of("label", "Your T-shirt size", "help", "Cut to fit.", "options", "S\nM\nL\nXL", "required",
				"true"));
		assertThat(olga.post(QUESTIONS + "/" + asked[0], edit).statusCode()).isEqualTo(302);

		assertThat(olga.page(QUESTIONS).select("section.editor-question h3").eachText())
			.containsExactly("Your T-shirt size", "Anything else?", "First time at the conference?");
		Document form = signedIn(ANNA).page(FORM);
		assertThat(form.select(".question legend, div.question > label").eachText())
			.containsExactly("Your T-shirt size (required)", "Anything else?", "First time at the conference?");
		assertThat(form.select("#answer_" + asked[0] + "_hint").text()).isEqualTo("Cut to fit.");
		assertThat(form.select("input[name=answer_" + asked[0] + "]").eachAttr("value")).containsExactly("S", "M", "L",
				"XL");
		assertThat(form.select("input[name=answer_" + asked[1] + "]").eachAttr("value")).containsExactly("yes", "no");
		assertThat(form.select("textarea[name=answer_" + asked[2] + "]")).hasSize(1);
		assertThat(questionAudit()).containsExactly("added", "added", "added", "moved-up", "edited");
	}

	@Test
	void anEditOfAQuestionRemovedMeanwhileIsToldAsStaleNotAsAFailure() {
		add(signedIn(ORGANISER), "TEXT", "Dietary needs", "", "", false);
		long id = questionId("Dietary needs");
		questions.remove(event, organiserId, id, 0);

		assertThatThrownBy(() -> questions.edit(event, organiserId, id, 0,
				new QuestionDefinition(QuestionKind.TEXT, "Too late", null, List.of(), false)))
			.isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessage("This question was changed elsewhere since you opened the page.");
	}

	@Test
	void anEditOverAChangeMadeElsewhereIsToldKeepsWhatWasTypedAndSavingAgainReplacesTheChange() {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Dietary needs", "", "", false);
		long id = questionId("Dietary needs");
		Map<String, String> opened = QuestionEditorForms.editForm(olga, QUESTIONS, id);
		questions.edit(event, organiserId, id, 0,
				new QuestionDefinition(QuestionKind.BOOLEAN, "Changed elsewhere", null, List.of(), true));
		opened.put("label", "Typed here");

		Document stale = Jsoup.parse(olga.post(QUESTIONS + "/" + id, opened).body());

		assertThat(stale.select("[role=alert]").text())
			.startsWith("This question was changed elsewhere since you opened the page.");
		assertThat(stale.select("#question_" + id + "_label").attr("value")).isEqualTo("Typed here");
		assertThat(label(id)).isEqualTo("Changed elsewhere");
		Map<String, String> shownAgain = new HashMap<>(opened);
		shownAgain.put("version", stale.select("form[action=" + QUESTIONS + "/" + id + "] input[name=version]").val());
		assertThat(olga.post(QUESTIONS + "/" + id, shownAgain).statusCode()).isEqualTo(302);
		assertThat(label(id)).isEqualTo("Typed here");
	}

	@Test
	void onlyTheEventsOrganisersFindTheQuestionsPage() {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Dietary needs", "", "", false);
		long id = questionId("Dietary needs");
		WebClient anna = signedIn(ANNA);

		assertThat(anna.get(QUESTIONS).statusCode()).isEqualTo(404);
		assertThat(anna.postWithToken(QUESTIONS, Map.of("kind", "TEXT", "label", "Sneaky")).statusCode())
			.isEqualTo(404);
		assertThat(anna.postWithToken(QUESTIONS + "/" + id + "/remove", Map.of("version", "0")).statusCode())
			.isEqualTo(404);
		assertThat(jdbc.sql("SELECT label FROM registration_question").query(String.class).list())
			.containsExactly("Dietary needs");
		assertThat(questionAudit()).containsExactly("added");
	}

	@Test
	void registeringStoresTheAnswersWithTheRegistrationAndShowsThemToTheAttendee() {
		TicketType regular = onSale("Regular", "0", 10);
		long[] asked = sizeFirstTimeAndAnythingElse(false);

		Document mine = register(signedIn(ANNA), Map.of("ticket", Long.toString(regular.id()), "answer_" + asked[0],
				"M", "answer_" + asked[1], "yes", "answer_" + asked[2], "Vegetarian"));

		assertThat(mine.select(".registration-answers dt").eachText()).containsExactly("T-shirt size",
				"First time at the conference?", "Anything else?");
		assertThat(mine.select(".registration-answers dd").eachText()).containsExactly("M", "Yes", "Vegetarian");
		assertThat(jdbc.sql("SELECT answer FROM registration_answer ORDER BY question_id").query(String.class).list())
			.containsExactly("M", "yes", "Vegetarian");
		assertThat(jdbc.sql("SELECT after_json FROM audit_entry WHERE action = 'registration-created'")
			.query(String.class)
			.single()).contains("\"" + asked[0] + "\":\"M\"");
	}

	@Test
	void aMissingRequiredAnswerAndAChoiceNotOfferedAreRefusedBesideTheirFieldsAndWriteNothing() {
		TicketType regular = onSale("Regular", "0", 10);
		long[] asked = sizeFirstTimeAndAnythingElse(true);

		HttpResponse<String> refused = signedIn(ANNA).submit(FORM, FORM, Map.of("ticket", Long.toString(regular.id()),
				"answer_" + asked[0], "XXL", "answer_" + asked[2], "I bring a friend."));

		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#answer_" + asked[0] + "_error").text()).isEqualTo("Choose one of the options listed.");
		assertThat(page.select("#answer_" + asked[1] + "_error").text())
			.isEqualTo("Please answer this question; it is required.");
		assertThat(page.select("textarea[name=answer_" + asked[2] + "]").text()).isEqualTo("I bring a friend.");
		assertThat(page.select("input[name=ticket][checked]").attr("value")).isEqualTo(Long.toString(regular.id()));
		assertThat(count("SELECT COUNT(*) FROM registration")).isZero();
		assertThat(count("SELECT COUNT(*) FROM registration_answer")).isZero();
		assertThat(count("SELECT arrivals FROM ticket_type WHERE id = ?", regular.id())).isZero();
		assertThat(placesTaken(regular)).isZero();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'registration'")).isZero();
	}

	@Test
	void registeringAgainAnswersWithTheExistingRegistrationAndIgnoresTheNewAnswers() {
		TicketType regular = onSale("Regular", "0", 10);
		add(signedIn(ORGANISER), "TEXT", "Dietary needs", "", "", false);
		long dietary = questionId("Dietary needs");
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id()), "answer_" + dietary, "Vegetarian"));

		HttpResponse<String> again = anna.postWithToken(FORM,
				Map.of("ticket", Long.toString(regular.id()), "answer_" + dietary, "Vegan"));

		assertThat(Jsoup.parse(followed(anna, again)).select("[role=status]").text()).contains("You registered before");
		assertThat(jdbc.sql("SELECT answer FROM registration_answer").query(String.class).list())
			.containsExactly("Vegetarian");
		assertThat(count("SELECT COUNT(*) FROM registration")).isEqualTo(1);
	}

	@Test
	void removingAnAnsweredQuestionRetiresItSoTheFormNoLongerAsksItWhileTheAttendeeStillSeesTheAnswer() {
		TicketType regular = onSale("Regular", "0", 10);
		WebClient olga = signedIn(ORGANISER);
		add(olga, "TEXT", "Dietary needs", "", "", true);
		add(olga, "TEXT", "Anything else?", "", "", false);
		long dietary = questionId("Dietary needs");
		long anything = questionId("Anything else?");
		WebClient anna = signedIn(ANNA);
		register(anna, Map.of("ticket", Long.toString(regular.id()), "answer_" + dietary, "Vegetarian"));

		olga.submit(QUESTIONS, QUESTIONS + "/" + dietary + "/remove", Map.of());
		olga.submit(QUESTIONS, QUESTIONS + "/" + anything + "/remove", Map.of());

		Document editor = olga.page(QUESTIONS);
		assertThat(editor.select("[role=status]").text()).startsWith("Removed the question \"Anything else?\"");
		assertThat(editor.select("section.editor-question")).isEmpty();
		assertThat(editor.select("h2:contains(Retired questions) + p + ul li").eachText())
			.containsExactly("Dietary needs (Text)");
		assertThat(anna.page("/" + EVENT + "/registration").select(".registration-answers").text())
			.isEqualTo("Dietary needs (no longer asked) Vegetarian");
		assertThat(signedIn(BEN).page(FORM).select(".question")).isEmpty();
		register(signedIn(BEN), Map.of("ticket", Long.toString(regular.id())));
		assertThat(count("SELECT COUNT(*) FROM registration_question")).isEqualTo(1);
		assertThat(questionAudit()).containsExactly("added", "added", "retired", "removed");
	}

	@Test
	void deletingTheEventDeletesItsQuestionsAndTheAnswersGiven() {
		TicketType regular = onSale("Regular", "0", 10);
		long[] asked = sizeFirstTimeAndAnythingElse(true);
		register(signedIn(ANNA),
				Map.of("ticket", Long.toString(regular.id()), "answer_" + asked[0], "S", "answer_" + asked[1], "no"));

		eventSetup.delete(event.id());

		assertThat(count("SELECT COUNT(*) FROM registration_question")).isZero();
		assertThat(count("SELECT COUNT(*) FROM registration_answer")).isZero();
	}

	private HttpResponse<String> add(WebClient client, String kind, String label, String help, String options,
			boolean required) {
		return QuestionEditorForms.add(client, QUESTIONS, kind, label, help, options, required);
	}

	/**
	 * Adds a choice of T-shirt size, a yes-or-no question, both required if asked, and an
	 * optional text question.
	 * @return their ids, in that order
	 */
	private long[] sizeFirstTimeAndAnythingElse(boolean required) {
		WebClient olga = signedIn(ORGANISER);
		add(olga, "CHOICE", "T-shirt size", "", "S\nM\nL", required);
		add(olga, "BOOLEAN", "First time at the conference?", "", "", required);
		add(olga, "TEXT", "Anything else?", "", "", false);
		return new long[] { questionId("T-shirt size"), questionId("First time at the conference?"),
				questionId("Anything else?") };
	}

	private String label(long questionId) {
		return jdbc.sql("SELECT label FROM registration_question WHERE id = ?")
			.param(questionId)
			.query(String.class)
			.single();
	}

	private long questionId(String label) {
		return count("SELECT id FROM registration_question WHERE label = ?", label);
	}

	private List<String> questionAudit() {
		return jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'registration-question' ORDER BY id")
			.query(String.class)
			.list();
	}

}
