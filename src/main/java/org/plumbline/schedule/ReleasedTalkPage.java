package org.plumbline.schedule;

import java.util.List;

import org.plumbline.event.Event;

/**
 * One page of the talks of a released version, read without the rest of the version.
 *
 * @param sessions the sessions that hold the page's talks, ordered as in the version,
 * each with only its talks on the page: the page is their talks by start, ties in session
 * order
 * @param total how many talks the whole version shows
 */
public record ReleasedTalkPage(Event event, List<ScheduledSession> sessions, int total) {

	public ReleasedTalkPage {
		sessions = List.copyOf(sessions);
	}

}
