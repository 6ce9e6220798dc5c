package org.plumbline.registration.web;

import java.time.Instant;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.McPasses.McPassList;
import org.plumbline.validation.FormErrors;

/** An MC's passes for its leads: those given, and the form that gives one. */
public record McPassesPage(Event event, McPassList list, String email, FormErrors errors) {

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

}
