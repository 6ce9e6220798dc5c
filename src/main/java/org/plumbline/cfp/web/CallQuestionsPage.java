package org.plumbline.cfp.web;

import java.util.List;

import org.plumbline.cfp.TopicCall;
import org.plumbline.event.Event;
import org.plumbline.question.Question;
import org.plumbline.validation.FormErrors;

/**
 * What a call's questions page shows: every question, each with its edit form, and the
 * form that was refused (if one was) with what was typed into it.
 *
 * @param refusedForm {@code new} or a question's id; {@code null} if no form was refused
 */
public record CallQuestionsPage(Event event, TopicCall call, List<Question> questions, String refusedForm,
		FormErrors errors, QuestionForm typed) {

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

	public String path() {
		return "/manage/" + event.slug() + "/calls/" + call.slug() + "/questions";
	}

}
