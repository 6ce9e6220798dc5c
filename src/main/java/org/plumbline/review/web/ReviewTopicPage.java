package org.plumbline.review.web;

import java.time.Instant;

import org.plumbline.cfp.CallTimes;
import org.plumbline.event.EventTimes;
import org.plumbline.review.Review;
import org.plumbline.review.TopicUnderReview;
import org.plumbline.validation.FormErrors;

/**
 * A topic's review page: the topic and its reviews, the reviewer's form, and the reason
 * typed into the form that declares a conflict with the topic.
 */
public record ReviewTopicPage(TopicUnderReview topic, ReviewForm form, FormErrors errors, Review mine,
		String conflictReason) {

	public String dashboardPath() {
		return "/review/" + topic.event().slug() + "/" + topic.call().call().slug();
	}

	public String path() {
		return dashboardPath() + "/topics/" + topic.topic().id();
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, topic.event().timeZone());
	}

	public String score() {
		return form.score() == null ? "" : form.score().strip().replace("+", "");
	}

	public String comment() {
		return form.commentShown();
	}

	public String conflictReasonShown() {
		return conflictReason == null ? "" : conflictReason;
	}

	public String version() {
		return form.version() == null ? "" : form.version();
	}

}
