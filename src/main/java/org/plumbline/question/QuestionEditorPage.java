package org.plumbline.question;

import java.util.List;

import org.plumbline.validation.FormErrors;

/**
 * What a question editor ({@code question/editor.jte}) shows: every question of a form,
 * each with its edit form, and the form that was refused (if one was) with what was typed
 * into it.
 *
 * @param path where the editor's forms post
 * @param requiredMeans what ticking "required" means to who answers, in words
 * @param refusedForm {@code new} or a question's id; {@code null} if no form was refused
 */
public record QuestionEditorPage(String path, String requiredMeans, List<Question> questions, String refusedForm,
		FormErrors errors, QuestionForm typed) {

	public QuestionEditorPage {
		questions = List.copyOf(questions);
	}

	public List<Question> current() {
		return questions.stream().filter(question -> !question.retired()).toList();
	}

	public List<Question> retired() {
		return questions.stream().filter(Question::retired).toList();
	}

	public FormErrors errorsOf(String form) {
		return form.equals(refusedForm) ? errors : FormErrors.NONE;
	}

	public QuestionForm formOf(Question question) {
		return Long.toString(question.id()).equals(refusedForm) ? typed : QuestionForm.of(question);
	}

	public QuestionForm newForm() {
		return "new".equals(refusedForm) ? typed : QuestionForm.EMPTY;
	}

}
