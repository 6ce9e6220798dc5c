package org.plumbline.review.web;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.review.ReviewableCall;

/** The calls of one event that an account reviews. */
public record ReviewCallsPage(Event event, List<ReviewableCall> calls) {

	public String phaseShown(ReviewableCall call) {
		return call.phase().shown(event.timeZone());
	}

}
