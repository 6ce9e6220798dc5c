package org.plumbline.question;

import java.util.function.IntSupplier;

import org.plumbline.validation.FormErrors;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The question editor's form, all text (see
 * {@link org.plumbline.validation.FormVersions}).
 *
 * @param options one per line
 * @param required {@code true} when its box is ticked
 */
public record QuestionForm(String kind, String label, String help, String options, String required, String version) {

	private static final String STALE_HINT = " What you typed is kept below: save again to replace that change, "
			+ "or reload the page to see it.";

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
	 * This form shown again after its change was refused: with a message beside each
	 * refused field; or, when the question changed elsewhere since the page was opened,
	 * told so above what was typed, now at the question's current version, so that saving
	 * again replaces that change.
	 * @param refusal {@link InvalidFields} or {@link OptimisticLockingFailureException}
	 * @param currentVersion the question's version now, asked only after a stale edit
	 */
	public Refused refused(RuntimeException refusal, IntSupplier currentVersion) {
		if (refusal instanceof InvalidFields invalid) {
			return new Refused(FormErrors.of(invalid), this);
		}
		return new Refused(FormErrors.form(refusal.getMessage() + STALE_HINT),
				new QuestionForm(kind, label, help, options, required, Integer.toString(currentVersion.getAsInt())));
	}

	/** A refused form's messages, and the form to show with them. */
	public record Refused(FormErrors errors, QuestionForm typed) {
	}

	public boolean isRequired() {
		return "true".equals(required);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
