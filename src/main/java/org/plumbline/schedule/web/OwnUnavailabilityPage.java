package org.plumbline.schedule.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.schedule.OwnUnavailability.EventIntervals;
import org.plumbline.validation.FormErrors;

/**
 * The page where people declare when they cannot be there: each event that needs them
 * with their intervals, and the add form as typed (after a refusal) or empty.
 *
 * @param event the event the form names, as typed
 */
public record OwnUnavailabilityPage(List<EventIntervals> events, String event, String startsAt, String endsAt,
		String reason, FormErrors errors) {

	OwnUnavailabilityPage(List<EventIntervals> events, OwnUnavailabilityForm form, FormErrors errors) {
		this(events, text(form.event()), text(form.startsAt()), text(form.endsAt()), text(form.reason()), errors);
	}

	public String shown(Instant instant, Event in) {
		return EventTimes.shown(instant, in.timeZone());
	}

	public boolean chosen(Event candidate) {
		return candidate.slug().equals(event);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
