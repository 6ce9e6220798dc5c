package org.plumbline.registration.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.registration.TicketType;
import org.plumbline.validation.FormErrors;

/**
 * The ticket types page: the event's types with their sale's state at {@code now}, and
 * the form that adds one, as typed (after a refusal) or empty.
 */
public record TicketTypesPage(Event event, List<TicketType> types, Instant now, TicketTypeForm form,
		FormErrors errors) {

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

}
