package org.plumbline.cfp;

/**
 * What a speaker writes about a topic, as the form sends it (the duration as text, so
 * that a malformed one is told beside its field).
 *
 * @param abstractText Markdown
 * @param notes for the MC's leads, reviewers and organisers; never public
 */
public record TopicText(String title, String abstractText, String durationMinutes, String notes) {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_ABSTRACT_LENGTH = 10_000;

	public static final int MAX_NOTES_LENGTH = 5_000;

	public static final TopicText EMPTY = new TopicText("", "", "", "");

}
