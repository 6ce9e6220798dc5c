package org.plumbline.cfp.web;

import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionForms;

/**
 * The question editor's form, all text (see
 * {@link org.plumbline.validation.FormVersions}).
 *
 * @param options one per line
 * @param required {@code true} when its box is ticked
 */
public record QuestionForm(String kind, String label, String help, String options, String required, String version) {

	static final QuestionForm EMPTY = new QuestionForm("TEXT", "", "", "", null, "0");

	static QuestionForm of(Question question) {
		return new QuestionForm(question.kind().name(), question.label(),
				question.help() == null ? "" : question.help(), String.join("\n", question.options()),
				question.required() ? "true" : null, Integer.toString(question.version()));
	}

	/**
	 * @throws org.plumbline.validation.InvalidFields as {@link QuestionForms#definition}
	 */
	QuestionDefinition definition() {
		return QuestionForms.definition(kind, label, help, options, isRequired());
	}

	public boolean isRequired() {
		return "true".equals(required);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
