package org.plumbline.export.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.event.Room;
import org.plumbline.schedule.ScheduledPerson;

/**
 * One event of the c3voc formats: a talk, or an MC session with no talks yet, spanning
 * its block. The XML, the JSON and the calendar all write the same entries, so they
 * agree.
 *
 * @param exportNumber the stored per-event number the formats call {@code id}
 * @param type "talk" or "microconference"
 * @param track the MC's or plain track's title
 * @param abstractText Markdown as written; empty for an MC session
 * @param persons speakers, or an MC session's leads, under the names written in their
 * list
 * @param slug {@code {event}-{exportNumber}-{title-slug}}
 * @param url the public page of the talk, or of the MC for an MC session
 * @param links its recording (an MC session's from its beginning, a talk's from its
 * offset into its session's), then a talk's public link materials
 * @param attachments a talk's public file materials
 */
public record ScheduleEntry(UUID guid, int exportNumber, String title, String type, String track, String trackSlug,
		Room room, Instant startsAt, Instant endsAt, String abstractText, List<ScheduledPerson> persons, String slug,
		String url, List<ScheduleReference> links, List<ScheduleReference> attachments) {

	public ScheduleEntry {
		persons = List.copyOf(persons);
		links = List.copyOf(links);
		attachments = List.copyOf(attachments);
	}

	public Duration duration() {
		return Duration.between(startsAt, endsAt);
	}

}
