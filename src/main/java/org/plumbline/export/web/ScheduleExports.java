package org.plumbline.export.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.export.ScheduleCalendars;
import org.plumbline.export.domain.ScheduleJson;
import org.plumbline.export.domain.ScheduleXml;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The standard exports of an event's latest released timetable (issue 11, point 7): frab
 * XML, c3voc JSON and iCalendar, for the whole schedule, one talk or one MC session.
 * Public and the same bytes for every visitor; an unknown event, an event that released
 * no version, or a GUID the version does not hold answers 404.
 */
@Controller
class ScheduleExports {

	static final String EXPORTS = "/{event:[a-z][a-z0-9_]+}/schedule/export";

	static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final ScheduleXml xml;

	private final ScheduleJson json;

	private final ScheduleCalendars calendars;

	ScheduleExports(EventCatalog events, PublishedSchedule published, ScheduleXml xml, ScheduleJson json,
			ScheduleCalendars calendars) {
		this.events = events;
		this.published = published;
		this.xml = xml;
		this.json = json;
		this.calendars = calendars;
	}

	@GetMapping(EXPORTS + "/schedule.xml")
	ResponseEntity<byte[]> scheduleXml(@PathVariable("event") String slug) {
		ReleasedSchedule schedule = released(slug);
		return ExportResponses.of(XML, xml.write(schedule), null);
	}

	@GetMapping(EXPORTS + "/schedule.json")
	ResponseEntity<byte[]> scheduleJson(@PathVariable("event") String slug) {
		ReleasedSchedule schedule = released(slug);
		return ExportResponses.of(JSON, json.write(schedule), null);
	}

	@GetMapping(EXPORTS + "/schedule.ics")
	ResponseEntity<byte[]> scheduleCalendar(@PathVariable("event") String slug) {
		ReleasedSchedule schedule = released(slug);
		return ExportResponses.of(CALENDAR, calendars.wholeSchedule(schedule), slug + ".ics");
	}

	@GetMapping(EXPORTS + "/talks/{talk}.ics")
	ResponseEntity<byte[]> talkCalendar(@PathVariable("event") String slug, @PathVariable("talk") String talk) {
		ReleasedSchedule schedule = released(slug);
		String calendar = guid(talk).flatMap(guid -> calendars.talk(schedule, guid))
			.orElseThrow(ScheduleExports::notFound);
		return ExportResponses.of(CALENDAR, calendar, slug + "-" + talk + ".ics");
	}

	@GetMapping(EXPORTS + "/sessions/{session}.ics")
	ResponseEntity<byte[]> sessionCalendar(@PathVariable("event") String slug,
			@PathVariable("session") String session) {
		ReleasedSchedule schedule = released(slug);
		String calendar = guid(session).flatMap(guid -> calendars.session(schedule, guid))
			.orElseThrow(ScheduleExports::notFound);
		return ExportResponses.of(CALENDAR, calendar, slug + "-" + session + ".ics");
	}

	private ReleasedSchedule released(String slug) {
		Event event = events.findBySlug(slug).orElseThrow(ScheduleExports::notFound);
		return published.latest(event).orElseThrow(ScheduleExports::notFound);
	}

	/** A GUID in a path; anything else names nothing (404, not 400). */
	private static Optional<UUID> guid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
