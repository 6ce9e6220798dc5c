package org.plumbline.question;

import java.util.List;
import java.util.Optional;

/**
 * A question of a form, as its owner stores it (a call for topics, a registration form).
 *
 * @param help a line shown under the label, or {@code null}
 * @param options the choices of a {@link QuestionKind#CHOICE} question, in order; empty
 * for the other kinds
 * @param retired whether it was removed from new forms while answers to it are kept
 * @param version for optimistic locking of the organisers' edits
 */
public record Question(long id, QuestionKind kind, String label, String help, List<String> options, boolean required,
		boolean retired, int version) {

	public Question {
		options = List.copyOf(options);
	}

	/** The name of its input in a form; answers are keyed by it. */
	public String field() {
		return "answer_" + id;
	}

	/** The question of the list that has the id, if one has. */
	public static Optional<Question> withId(List<Question> questions, long id) {
		return questions.stream().filter(question -> question.id() == id).findFirst();
	}

	public QuestionDefinition definition() {
		return new QuestionDefinition(kind, label, help, options, required);
	}

}
