package org.plumbline.site.web;

import java.time.Instant;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.microconference.McCall;
import org.plumbline.validation.FormErrors;

/**
 * A proposal form's page: the event's call, whether it is open now, and the form.
 *
 * @param call the event's call, or {@code null} if it has none
 */
public record ProposalFormPage(Event event, McCall call, Instant now, ProposalForm form, FormErrors errors) {

	public boolean open() {
		return call != null && call.isOpenAt(now);
	}

	/** Why the form cannot be sent now, in words; {@code null} while the call is open. */
	public String closedBecause() {
		return call == null ? McCall.none() : call.refusal(now, event.timeZone());
	}

	public String deadline() {
		return call == null ? "" : EventTimes.shown(call.closesAt(), event.timeZone());
	}

	public String formPath() {
		return ProposalPages.formPath(event.slug());
	}

}
