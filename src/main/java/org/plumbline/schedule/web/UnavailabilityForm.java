package org.plumbline.schedule.web;

/** The form that adds an interval, bound as text. */
record UnavailabilityForm(String who, String startsAt, String endsAt, String reason) {

	static final UnavailabilityForm EMPTY = new UnavailabilityForm("", "", "", "");

}
