package org.plumbline.site.web;

import org.plumbline.event.Event;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An unknown event, MC, talk, speaker or room. Browsers get the {@code site/not-found}
 * page (status 404), API clients a problem+json body with the same words.
 */
class PageNotFoundException extends ErrorResponseException {

	private final transient Event event;

	private final String heading;

	private PageNotFoundException(Event event, String heading, String detail) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
		this.event = event;
		this.heading = heading;
	}

	static PageNotFoundException unknownEvent(String slug) {
		return new PageNotFoundException(null, "Event not found",
				"There is no event at /" + slug + "/. It may have moved, or the address may be mistyped.");
	}

	static PageNotFoundException unknownMicroconference(Event event, String slug) {
		return new PageNotFoundException(event, "Microconference not found",
				event.name() + " has no microconference \"" + slug + "\".");
	}

	static PageNotFoundException unknownSponsorLogo(Event event) {
		return new PageNotFoundException(event, "Logo not found", event.name() + " has no such sponsor logo.");
	}

	static PageNotFoundException unknownTalk(Event event) {
		return new PageNotFoundException(event, "Talk not found",
				"The released schedule of " + event.name() + " has no such talk.");
	}

	static PageNotFoundException unknownSpeaker(Event event) {
		return new PageNotFoundException(event, "Speaker not found",
				"Nobody speaks or leads a session under this address in the released schedule of " + event.name()
						+ ".");
	}

	static PageNotFoundException unknownRoom(Event event) {
		return new PageNotFoundException(event, "Room not found", event.name() + " has no such room.");
	}

	/** The event the missing page would belong to, or {@code null}. */
	Event event() {
		return event;
	}

	String heading() {
		return heading;
	}

	String detail() {
		return getBody().getDetail();
	}

}
