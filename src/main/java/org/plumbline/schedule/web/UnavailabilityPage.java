package org.plumbline.schedule.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.schedule.Unavailability;
import org.plumbline.schedule.Unavailable;
import org.plumbline.validation.FormErrors;

/**
 * The unavailability page: the event's intervals, whom they may name, and the add form as
 * typed (after a refusal) or empty.
 */
public record UnavailabilityPage(Event event, List<Unavailability> intervals, List<Unavailable> people,
		List<Unavailable> rooms, String who, String startsAt, String endsAt, String reason, FormErrors errors) {

	UnavailabilityPage(Event event, List<Unavailability> intervals, List<Unavailable> people, List<Unavailable> rooms,
			UnavailabilityForm form, FormErrors errors) {
		this(event, intervals, people, rooms, text(form.who()), text(form.startsAt()), text(form.endsAt()),
				text(form.reason()), errors);
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	public boolean chosen(Unavailable choice) {
		return choice.value().equals(who);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
