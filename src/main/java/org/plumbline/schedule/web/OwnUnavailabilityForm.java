package org.plumbline.schedule.web;

/** The form that declares one's own interval, bound as text. */
record OwnUnavailabilityForm(String event, String startsAt, String endsAt, String reason) {

	static final OwnUnavailabilityForm EMPTY = new OwnUnavailabilityForm("", "", "", "");

}
