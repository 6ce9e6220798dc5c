package org.plumbline.material.web;

import org.plumbline.event.EventTimes;
import org.plumbline.material.Feedback;
import org.plumbline.material.FeedbackForm;
import org.plumbline.material.TalkFeedback;
import org.plumbline.validation.FormErrors;

/**
 * An attendee's feedback form on a talk: the fields as typed (or as saved), and the
 * version of the saved feedback they edit.
 *
 * @param rating the chosen rating as sent, or empty
 * @param comment the comment as typed, or empty
 */
public record FeedbackFormPage(FeedbackForm form, String rating, String comment, FormErrors errors) {

	/** A page showing the account's saved feedback, or empty fields if it gave none. */
	static FeedbackFormPage saved(FeedbackForm form) {
		return new FeedbackFormPage(form, form.own().map(own -> Integer.toString(own.rating())).orElse(""),
				form.own().map(Feedback::comment).orElse(""), FormErrors.NONE);
	}

	/** The version a save edits: the saved feedback's, or empty for a first one. */
	public String version() {
		return form.own().map(own -> Integer.toString(own.version())).orElse("");
	}

	public int lowest() {
		return TalkFeedback.LOWEST_RATING;
	}

	public int highest() {
		return TalkFeedback.HIGHEST_RATING;
	}

	public int maxCommentLength() {
		return TalkFeedback.MAX_COMMENT_LENGTH;
	}

	public String shownUpdatedAt(Feedback feedback) {
		return EventTimes.shown(feedback.updatedAt(), form.talk().event().timeZone());
	}

	public String registerPath() {
		return "/" + form.talk().event().slug() + "/register";
	}

}
