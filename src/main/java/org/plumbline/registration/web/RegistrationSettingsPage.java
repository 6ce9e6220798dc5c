package org.plumbline.registration.web;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.validation.FormErrors;

/**
 * The registration settings page: the form as stored or as typed, the version it was
 * opened at (0 while the event uses the defaults), and what a refused save was told.
 */
public record RegistrationSettingsPage(Event event, RegistrationSettingsForm form, int version, FormErrors errors) {

	public String path() {
		return "/manage/" + event.slug() + "/registration/settings";
	}

	public String zone() {
		return event.timeZone().getId();
	}

	/** When cancelling closes if the deadline is left empty. */
	public String eventStarts() {
		return EventTimes.shown(event.startsAt(), event.timeZone());
	}

	/** Whether nobody has saved the event's rules, so that it uses the defaults. */
	public boolean defaults() {
		return version == 0;
	}

}
