package org.plumbline.review.web;

import java.time.Instant;
import java.util.List;

import org.plumbline.cfp.CallTimes;
import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.review.ConflictMark;
import org.plumbline.review.DeclaredConflict;
import org.plumbline.review.SameEmployer;
import org.plumbline.review.Speaker;
import org.plumbline.validation.FormErrors;

/**
 * The conflicts page: the marks, the declared conflicts, the same-employer pairs an
 * organiser may mark, and the form with what was typed into it.
 */
public record ConflictsPage(Event event, List<ConflictMark> marks, List<DeclaredConflict> declarations,
		List<SameEmployer> sameEmployer, List<Speaker> speakers, String email, String personId, String reason,
		FormErrors errors) {

	public static final String ADMINISTRATIVE = "Administrative: marked by an organiser";

	public static final String DECLARED = "Declared by the reviewer";

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	public String text(String value) {
		return value == null ? "" : value;
	}

	public boolean chosen(Speaker speaker) {
		return Long.toString(speaker.personId()).equals(personId);
	}

}
