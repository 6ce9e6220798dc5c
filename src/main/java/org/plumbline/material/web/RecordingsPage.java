package org.plumbline.material.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plumbline.event.Event;
import org.plumbline.event.EventTimes;
import org.plumbline.material.RecordedSession;
import org.plumbline.material.RecordedTrack;
import org.plumbline.material.Recordings;
import org.plumbline.validation.FormErrors;

/**
 * The recordings form of one MC or plain track: a form per session of the released
 * timetable.
 *
 * @param failed the session whose form was sent and refused, or null
 * @param typed what that form held, by field name; null when it was refused as stale, so
 * that it shows what is stored now
 */
public record RecordingsPage(Event event, RecordedTrack track, UUID failed, Map<String, String> typed,
		FormErrors errors) {

	public RecordingsPage {
		typed = typed == null ? null : Map.copyOf(typed);
	}

	/**
	 * The form's address: an MC's beside its leads' timetable page, a track's beside the
	 * organisers' grid.
	 */
	static String path(Event event, RecordedTrack track) {
		return path(event, track.slug(), track.microconference());
	}

	static String path(Event event, String trackSlug, boolean microconference) {
		return "/manage/" + event.slug() + "/schedule/" + (microconference ? "mc/" : "tracks/") + trackSlug
				+ "/recordings";
	}

	public String path() {
		return path(event, track);
	}

	/** Where the page comes from: the MC's timetable page, or the organisers' grid. */
	public String backPath() {
		return track.microconference() ? "/manage/" + event.slug() + "/schedule/mc/" + track.slug()
				: "/manage/" + event.slug() + "/schedule";
	}

	public List<RecordedSession> sessions() {
		return track.sessions();
	}

	public String shown(Instant instant) {
		return EventTimes.shown(instant, event.timeZone());
	}

	public int maxUrl() {
		return Recordings.MAX_URL;
	}

	/**
	 * The session's address as the form shows it: as typed after a refusal, else stored.
	 */
	public String url(RecordedSession session) {
		if (session.guid().equals(failed) && typed != null) {
			return typed.getOrDefault("url", "");
		}
		return session.url() == null ? "" : session.url();
	}

	public String offset(RecordedSession session, RecordedSession.RecordedTalk talk) {
		if (session.guid().equals(failed) && typed != null) {
			return typed.getOrDefault("offset_" + talk.topicId(), "");
		}
		return talk.offsetShown();
	}

	/** A field's message, for the session whose form was refused only. */
	public String error(RecordedSession session, String field) {
		return session.guid().equals(failed) ? errors.of(field) : null;
	}

	public String formError(RecordedSession session) {
		return session.guid().equals(failed) ? errors.form() : null;
	}

}
