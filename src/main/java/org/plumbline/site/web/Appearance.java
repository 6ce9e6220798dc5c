package org.plumbline.site.web;

import java.time.ZoneId;

import org.plumbline.event.Event;
import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;
import org.plumbline.schedule.SessionKind;

/**
 * A talk or a session where and when the released schedule has it, for the talk and
 * speaker pages.
 *
 * @param path the talk's page, or the MC's page for a session; {@code null} for a plain
 * track's session
 * @param within the session a talk is part of; {@code null} for a session
 * @param withinPath the MC's page of that session; {@code null} for a plain track
 * @param scheduledAt the session's box in the grid
 */
public record Appearance(String title, String path, String within, String withinPath, String roomName, String roomPath,
		String scheduledAt, Moment day, Moment startsAt, Moment endsAt) {

	static Appearance ofTalk(Event event, ScheduledSession session, ScheduledTalk talk) {
		ZoneId zone = event.timeZone();
		return new Appearance(talk.title(), ScheduleViews.talkPath(event, talk.guid()), session.title(),
				mcPath(event, session), session.room().name(), ScheduleViews.roomPath(event, session.room()),
				gridAnchor(event, session), Moment.date(talk.startsAt(), zone),
				Moment.clockBesideDate(talk.startsAt(), zone), Moment.clockBesideDate(talk.endsAt(), zone));
	}

	static Appearance ofSession(Event event, ScheduledSession session) {
		ZoneId zone = event.timeZone();
		return new Appearance(session.title(), mcPath(event, session), null, null, session.room().name(),
				ScheduleViews.roomPath(event, session.room()), gridAnchor(event, session),
				Moment.date(session.startsAt(), zone), Moment.clockBesideDate(session.startsAt(), zone),
				Moment.clockBesideDate(session.endsAt(), zone));
	}

	private static String mcPath(Event event, ScheduledSession session) {
		return session.kind() == SessionKind.MICROCONFERENCE ? ScheduleViews.mcPath(event, session.trackSlug()) : null;
	}

	private static String gridAnchor(Event event, ScheduledSession session) {
		return ScheduleViews.schedulePath(event) + "#" + ScheduleViews.sessionId(session.guid());
	}

}
