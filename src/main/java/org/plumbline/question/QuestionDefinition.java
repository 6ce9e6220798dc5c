package org.plumbline.question;

import java.util.List;

/**
 * A question as its author defines it, checked by {@link QuestionForms#definition}.
 *
 * @param help {@code null} if there is none
 * @param options the choices of a choice question; empty for the other kinds
 */
public record QuestionDefinition(QuestionKind kind, String label, String help, List<String> options, boolean required) {

	public QuestionDefinition {
		options = List.copyOf(options);
	}

	/** The options as stored: one per line, {@code null} for a question without. */
	public String storedOptions() {
		return options.isEmpty() ? null : String.join("\n", options);
	}

	/** The options as {@link #storedOptions} wrote them. */
	public static List<String> options(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
	}

}
