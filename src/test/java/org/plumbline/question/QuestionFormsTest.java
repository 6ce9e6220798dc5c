package org.plumbline.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;

/**
 * The rules every form with custom questions shares: what a question may be, and which
 * answers a form accepts, told beside each question's field.
 */
class QuestionFormsTest {

	static final Question TEXT = new Question(1, QuestionKind.TEXT, "Why?", null, List.of(), true, false, 0);

	static final Question CHOICE = new Question(2, QuestionKind.CHOICE, "Size", "Pick one", List.of("Small", "Large"),
			false, false, 0);

	static final Question YES_NO = new Question(3, QuestionKind.BOOLEAN, "Vegan?", null, List.of(), true, false, 0);

	static final Question RETIRED = new Question(4, QuestionKind.TEXT, "Old", null, List.of(), true, true, 0);

	static final List<Question> ALL = List.of(TEXT, CHOICE, YES_NO, RETIRED);

	@Test
	void aChoiceListsItsOptionsTrimmedOnePerLineAndOtherKindsListNone() {
		QuestionDefinition choice = QuestionForms.definition("CHOICE", " Size ", "", "Small\r\n\r\n Large \n", true);

		assertThat(choice)
			.isEqualTo(new QuestionDefinition(QuestionKind.CHOICE, "Size", null, List.of("Small", "Large"), true));
		assertThat(choice.storedOptions()).isEqualTo("Small\nLarge");
		assertThat(QuestionDefinition.options(choice.storedOptions())).containsExactly("Small", "Large");
		assertThat(QuestionForms.definition("BOOLEAN", "Vegan?", null, null, false).options()).isEmpty();
	}

	@Test
	void anUnknownKindAMissingLabelAndRepeatedOptionsAreToldBesideTheirFields() {
		assertThatThrownBy(() -> QuestionForms.definition("SLIDER", "", null, null, false))
			.isInstanceOfSatisfying(InvalidFields.class,
					invalid -> assertThat(invalid.messages())
						.containsEntry("kind", "Choose what the question asks for.")
						.containsEntry("label", "This field is required."));
		assertThatThrownBy(() -> QuestionForms.definition("CHOICE", "Size", null, "Small\nSmall", false))
			.isInstanceOfSatisfying(InvalidFields.class, invalid -> assertThat(invalid.messages())
				.containsEntry("options", "The option \"Small\" is listed twice."));
		assertThatThrownBy(() -> QuestionForms.definition("CHOICE", "Size", null,
				String.join("\n", IntStream.range(0, 21).mapToObj(i -> "o" + i).toList()), false))
			.isInstanceOfSatisfying(InvalidFields.class, invalid -> assertThat(invalid.messages())
				.containsEntry("options", "At most 20 options; this lists 21."));
	}

	@Test
	void aDraftMayLeaveRequiredQuestionsWhileACompleteFormMustAnswerThem() {
		FieldChecks draft = new FieldChecks();
		assertThat(QuestionForms.answers(ALL, Map.of("answer_2", "Large"), false, draft))
			.containsExactly(Map.entry(2L, "Large"));
		draft.throwIfAny();

		FieldChecks complete = new FieldChecks();
		QuestionForms.answers(ALL, Map.of("answer_2", "Huge", "answer_3", "maybe", "answer_1", "Because\u0001"), true,
				complete);
		assertThatThrownBy(complete::throwIfAny).isInstanceOfSatisfying(InvalidFields.class,
				invalid -> assertThat(invalid.messages()).containsOnlyKeys("answer_1", "answer_2", "answer_3")
					.containsEntry("answer_2", "Choose one of the options listed.")
					.containsEntry("answer_3", "Choose one of the options listed."));
	}

	@Test
	void retiredQuestionsAreNeitherAskedNorRequiredAndAnswersShowYesOrNoInWords() {
		FieldChecks checks = new FieldChecks();
		Map<Long, String> answers = QuestionForms.answers(ALL,
				Map.of("answer_1", " Because ", "answer_3", "no", "answer_4", "ignored"), true, checks);
		checks.throwIfAny();

		assertThat(answers).containsExactly(Map.entry(1L, "Because"), Map.entry(3L, "no"));
		assertThat(QuestionForms.shown(YES_NO, "no")).isEqualTo("No");
		assertThat(QuestionForms.shown(YES_NO, QuestionForms.YES)).isEqualTo("Yes");
		assertThat(QuestionForms.shown(CHOICE, null)).isEqualTo("not answered");
	}

}
