package org.plumbline.export.web;

import java.util.List;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.export.ScheduleCalendars;
import org.plumbline.schedule.AgendaItem;
import org.plumbline.schedule.InterestMarker;
import org.plumbline.schedule.PersonalAgendas;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A personal agenda's calendar feed at its secret address, for calendar apps that
 * subscribe without signing in. A revoked, replaced or made-up token answers 404, as an
 * unknown event does; the feed is private to whoever holds the address, so no cache may
 * share it.
 */
@Controller
class AgendaFeed {

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final PersonalAgendas agendas;

	private final ScheduleCalendars calendars;

	AgendaFeed(EventCatalog events, PublishedSchedule published, PersonalAgendas agendas, ScheduleCalendars calendars) {
		this.events = events;
		this.published = published;
		this.agendas = agendas;
		this.calendars = calendars;
	}

	@GetMapping("/{event:[a-z][a-z0-9_]+}/agenda/feeds/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable("event") String slug, @PathVariable("token") String token) {
		Event event = events.findBySlug(slug).orElseThrow(AgendaFeed::notFound);
		InterestMarker owner = agendas.feedOwner(event, token).orElseThrow(AgendaFeed::notFound);
		ReleasedSchedule schedule = published.latest(event).orElseThrow(AgendaFeed::notFound);
		List<AgendaItem> agenda = agendas.of(schedule, owner);
		String calendar = calendars.chosen(schedule, event.name() + ": my agenda",
				agenda.stream().map(AgendaItem::guid).toList());
		return ExportResponses.of(ScheduleExports.CALENDAR, calendar, null, CacheControl.noCache().cachePrivate());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
