package org.plumbline.export.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plumbline.schedule.ScheduledSession;
import org.plumbline.schedule.ScheduledTalk;

/**
 * One VEVENT: a talk, an MC session with no talks, or an MC session as a whole block with
 * its talks listed in the description.
 *
 * @param location the room's name
 * @param description plain text: the abstract, who speaks or leads, the track
 */
public record CalendarEntry(UUID guid, String summary, String location, Instant startsAt, Instant endsAt,
		String description, String url) {

	/** The same event the XML and JSON exports write, at the same times. */
	public static CalendarEntry of(ScheduleEntry entry) {
		String people = CalendarWriter
			.names(ScheduleEntries.MICROCONFERENCE.equals(entry.type()) ? "Leads" : "Speakers", entry.persons());
		return new CalendarEntry(entry.guid(), entry.title(), entry.room().name(), entry.startsAt(), entry.endsAt(),
				paragraphs(entry.abstractText(), people, "Track: " + entry.track()), entry.url());
	}

	/**
	 * An MC session spanning its block, for those who follow the MC rather than single
	 * talks: its talks listed with their local times.
	 */
	public static CalendarEntry wholeSession(ScheduleEntry session, ScheduledSession scheduled, ZoneId zone) {
		List<String> talks = new ArrayList<>();
		for (ScheduledTalk talk : scheduled.talks()) {
			String speakers = CalendarWriter.names("", talk.speakers()).replaceFirst("^: ", "");
			talks.add(ExportTimes.localStart(talk.startsAt(), zone) + "–" + ExportTimes.localStart(talk.endsAt(), zone)
					+ " " + talk.title() + (speakers.isEmpty() ? "" : " (" + speakers + ")"));
		}
		return new CalendarEntry(session.guid(), session.title(), session.room().name(), session.startsAt(),
				session.endsAt(),
				paragraphs(CalendarWriter.names("Leads", session.persons()), String.join("\n", talks)), session.url());
	}

	private static String paragraphs(String... parts) {
		List<String> kept = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				kept.add(part.strip());
			}
		}
		return String.join("\n\n", kept);
	}

}
