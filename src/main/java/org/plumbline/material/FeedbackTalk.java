package org.plumbline.material;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.schedule.ScheduledPerson;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;

/**
 * A talk of the event's latest released timetable, in its session: what feedback is given
 * on.
 */
public record FeedbackTalk(Event event, ScheduledSession session, ScheduledTalk talk) {

	public String title() {
		return talk.title();
	}

	/** The MC's or plain track's title. */
	public String within() {
		return session.title();
	}

	public List<String> speakerNames() {
		return talk.speakers().stream().map(ScheduledPerson::nameAsWritten).toList();
	}

	/** The public talk page. */
	public String path() {
		return "/" + event.slug() + "/talks/" + talk.guid();
	}

	/** The attendee's feedback form. */
	public String formPath() {
		return path() + "/feedback";
	}

	/** The feedback the talk received, for its speakers, leads and the organisers. */
	public String receivedPath() {
		return formPath() + "/received";
	}

}
