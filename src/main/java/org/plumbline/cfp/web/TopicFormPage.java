package org.plumbline.cfp.web;

import java.time.Instant;

import org.plumbline.cfp.CallTimes;
import org.plumbline.cfp.TopicCall;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.validation.FormErrors;

/** A topic form's page: the call it goes to, whether it is open now, and the form. */
public record TopicFormPage(Event event, TopicCall call, Instant now, TopicForm form, FormErrors errors) {

	public boolean open() {
		return call.isOpenAt(now);
	}

	/** Why the form cannot be sent now, in words; {@code null} while the call is open. */
	public String closedBecause() {
		return call.refusal(now, event.timeZone());
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	/** Where the call's MC or track is described, for a link back. */
	public String callPage() {
		return call.isMicroconference() ? "/" + event.slug() + "/microconferences/" + call.slug()
				: "/" + event.slug() + "/calls";
	}

}
