package org.plumbline.cfp;

import java.util.Map;

/**
 * What a speaker writes about a topic, as the form sends it (the duration as text, so
 * that a malformed one is told beside its field).
 *
 * @param abstractText Markdown
 * @param notes for the MC's leads, reviewers and organisers; never public
 * @param answers the answers to the call's questions, by their fields' names
 * ({@link org.plumbline.question.Question#field})
 */
public record TopicText(String title, String abstractText, String durationMinutes, String notes,
		Map<String, String> answers) {

	public TopicText {
		answers = Map.copyOf(answers);
	}

	/** A text without answers, for a call without questions. */
	public TopicText(String title, String abstractText, String durationMinutes, String notes) {
		this(title, abstractText, durationMinutes, notes, Map.of());
	}

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_ABSTRACT_LENGTH = 10_000;

	public static final int MAX_NOTES_LENGTH = 5_000;

	public static final TopicText EMPTY = new TopicText("", "", "", "");

}
