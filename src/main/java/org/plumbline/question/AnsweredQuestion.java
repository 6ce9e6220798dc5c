package org.plumbline.question;

import java.util.List;
import java.util.Map;

/**
 * A question with one answerer's answer to it.
 *
 * @param answer as stored, or {@code null} if not answered
 */
public record AnsweredQuestion(Question question, String answer) {

	/**
	 * The answers an answerer sees, in the questions' order: every current question, and
	 * each retired one they answered, so that no answer given is hidden.
	 * @param questions every question of the form, retired ones included
	 * @param answers question id to answer
	 */
	public static List<AnsweredQuestion> of(List<Question> questions, Map<Long, String> answers) {
		return questions.stream()
			.filter(question -> !question.retired() || answers.containsKey(question.id()))
			.map(question -> new AnsweredQuestion(question, answers.get(question.id())))
			.toList();
	}

	public String shown() {
		return QuestionForms.shown(question, answer);
	}

}
