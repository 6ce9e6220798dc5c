package org.plumbline.question;

/**
 * The question editor's form, all text (see
 * {@link org.plumbline.validation.FormVersions}).
 *
 * @param options one per line
 * @param required {@code true} when its box is ticked
 */
public record QuestionForm(String kind, String label, String help, String options, String required, String version) {

	public static final QuestionForm EMPTY = new QuestionForm("TEXT", "", "", "", null, "0");

	public static QuestionForm of(Question question) {
		return new QuestionForm(question.kind().name(), question.label(),
				question.help() == null ? "" : question.help(), String.join("\n", question.options()),
				question.required() ? "true" : null, Integer.toString(question.version()));
	}

	/**
	 * @throws org.plumbline.validation.InvalidFields as {@link QuestionForms#definition}
	 */
	public QuestionDefinition definition() {
		return QuestionForms.definition(kind, label, help, options, isRequired());
	}

	/**
	 * What was typed, at the version the question has now: the form a stale edit shows
	 * again, so that saving it once more replaces the other change.
	 */
	public QuestionForm atVersion(int current) {
		return new QuestionForm(kind, label, help, options, required, Integer.toString(current));
	}

	public boolean isRequired() {
		return "true".equals(required);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
