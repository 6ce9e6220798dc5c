package org.plumbline.cfp.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.cfp.TopicText;

/**
 * A speaker's topic form, all text (see {@link org.plumbline.validation.FormVersions}).
 *
 * @param submissionKey the one-time key of a new topic's form
 * @param action {@code submit} for the submit button, anything else saves
 */
public record TopicForm(String title, String abstractText, String durationMinutes, String notes, String version,
		String submissionKey, String action) {

	/**
	 * The text with the answers among the request's parameters: those named as
	 * {@link org.plumbline.question.Question#field} names them.
	 */
	TopicText text(Map<String, String> parameters) {
		return new TopicText(title, abstractText, durationMinutes, notes, answers(parameters));
	}

	static Map<String, String> answers(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(parameter -> parameter.getKey().startsWith("answer_") && parameter.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	boolean submits() {
		return "submit".equals(action);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	static TopicForm of(TopicText text, int version, String submissionKey) {
		return new TopicForm(text.title(), text.abstractText(), text.durationMinutes(), text.notes(),
				Integer.toString(version), submissionKey, null);
	}

	TopicForm withVersion(int current) {
		return new TopicForm(title, abstractText, durationMinutes, notes, Integer.toString(current), submissionKey,
				action);
	}

}
