package org.plumbline.review.web;

import java.util.List;

import org.plumbline.cfp.TopicCall;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.review.ReviewPhase;
import org.plumbline.validation.FormErrors;

/**
 * The review-phase settings page. After a refused form, that form (named by
 * {@code failedForm}: {@code _defaults} or a call's slug) shows what was typed and its
 * errors; the others show what is saved.
 */
public record ReviewSettingsPage(Event event, ReviewPhase defaults, List<CallPhase> calls, String failedForm,
		String failedOpensAt, String failedClosesAt, String failedVersion, FormErrors errors) {

	/** A call's own phase, and the one in force. */
	public record CallPhase(TopicCall call, ReviewPhase own, ReviewPhase inForce) {
	}

	public String shown(ReviewPhase phase) {
		return phase.shown(event.timeZone());
	}

	public FormErrors errorsOf(String form) {
		return form.equals(failedForm) ? errors : FormErrors.NONE;
	}

	public String opensAt(String form, ReviewPhase saved) {
		return form.equals(failedForm) ? text(failedOpensAt) : EventTimes.field(saved.opensAt(), event.timeZone());
	}

	public String closesAt(String form, ReviewPhase saved) {
		return form.equals(failedForm) ? text(failedClosesAt) : EventTimes.field(saved.closesAt(), event.timeZone());
	}

	public String version(String form, ReviewPhase saved) {
		return form.equals(failedForm) ? text(failedVersion) : Integer.toString(saved.version());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
