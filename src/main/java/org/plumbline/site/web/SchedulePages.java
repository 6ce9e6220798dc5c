package org.plumbline.site.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.event.Room;
import org.plumbline.microconference.McName;
import org.plumbline.microconference.Microconferences;
import org.plumbline.schedule.PublishedSchedule;
import org.plumbline.schedule.ReleasedSchedule;
import org.plumbline.site.web.ScheduleViews.Shown;
import org.plumbline.pagecache.SharedPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The released schedule: a grid per day, the same in one chronological list, and one
 * room's sessions. Before the first release each says that no timetable is out yet; the
 * draft is never shown.
 */
@Controller
class SchedulePages {

	private final EventCatalog events;

	private final PublishedSchedule published;

	private final Microconferences microconferences;

	SchedulePages(EventCatalog events, PublishedSchedule published, Microconferences microconferences) {
		this.events = events;
		this.published = published;
		this.microconferences = microconferences;
	}

	@GetMapping("/" + EventPages.EVENT + "/schedule")
	String grid(@PathVariable("event") String slug, Model model, HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		Optional<ReleasedSchedule> schedule = published.latest(event);
		if (schedule.isEmpty()) {
			return unreleased(event, model);
		}
		ScheduleViews views = views(schedule.get());
		model.addAttribute("page", SchedulePage.of(schedule.get(), SchedulePage.GRID));
		model.addAttribute("days", ScheduleGrid.days(event, schedule.get().rooms(), views));
		return "site/schedule/grid";
	}

	@GetMapping("/" + EventPages.EVENT + "/schedule/list")
	String list(@PathVariable("event") String slug, Model model, HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		Optional<ReleasedSchedule> schedule = published.latest(event);
		if (schedule.isEmpty()) {
			return unreleased(event, model);
		}
		model.addAttribute("page", SchedulePage.of(schedule.get(), SchedulePage.LIST));
		model.addAttribute("heading", "Schedule");
		model.addAttribute("days", SessionDay.of(event, views(schedule.get()).byDay()));
		return "site/schedule/list";
	}

	@GetMapping("/" + EventPages.EVENT + "/schedule/rooms/{room}")
	String room(@PathVariable("event") String slug, @PathVariable("room") String roomGuid, Model model,
			HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = EventPages.find(events, slug);
		Room room = Guids.parse(roomGuid)
			.flatMap(guid -> roomOf(event, guid))
			.orElseThrow(() -> PageNotFoundException.unknownRoom(event));
		Optional<ReleasedSchedule> schedule = published.latest(event);
		if (schedule.isEmpty()) {
			return unreleased(event, model);
		}
		// its own sessions and the breaks in every room
		Map<LocalDate, List<Shown>> days = views(schedule.get())
			.byDay(session -> session.room() == null || session.room().equals(room));
		model.addAttribute("page", SchedulePage.of(schedule.get(), room.guid().toString()));
		model.addAttribute("heading", room.name());
		model.addAttribute("days", SessionDay.of(event, days));
		return "site/schedule/list";
	}

	private Optional<Room> roomOf(Event event, UUID guid) {
		return events.rooms(event.id()).stream().filter(room -> room.guid().equals(guid)).findFirst();
	}

	private ScheduleViews views(ReleasedSchedule schedule) {
		Map<String, Long> mcIds = microconferences.publishedNames(schedule.event().id())
			.stream()
			.collect(Collectors.toMap(McName::slug, McName::id));
		return new ScheduleViews(schedule, events.timeBlocks(schedule.event().id()), mcIds);
	}

	private static String unreleased(Event event, Model model) {
		model.addAttribute("event", event);
		return "site/schedule/unreleased";
	}

}
