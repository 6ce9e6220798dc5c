package org.plumbline.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconferences;
import org.plumbline.pagecache.SharedPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The site index (every event) and an event's home page. */
@Controller
class EventPages {

	/**
	 * An event slug in a path: slug-shaped, so that names with a dot (robots.txt) stay
	 * with static files.
	 */
	static final String EVENT = "{event:[a-z][a-z0-9_]+}";

	private final EventCatalog events;

	private final Microconferences microconferences;

	EventPages(EventCatalog events, Microconferences microconferences) {
		this.events = events;
		this.microconferences = microconferences;
	}

	@GetMapping("/")
	String index(Model model, HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		model.addAttribute("events", events.listEvents());
		return "site/index";
	}

	@GetMapping("/" + EVENT)
	String withoutTrailingSlash(@PathVariable("event") String slug) {
		return "redirect:/" + find(events, slug).slug() + "/";
	}

	@GetMapping("/" + EVENT + "/")
	String home(@PathVariable("event") String slug, Model model, HttpServletResponse response) {
		SharedPages.sameForEveryone(response);
		Event event = find(events, slug);
		model.addAttribute("event", event);
		model.addAttribute("microconferenceCount", microconferences.countPublished(event.id()));
		return "site/event";
	}

	static Event find(EventCatalog events, String slug) {
		return events.findBySlug(slug).orElseThrow(() -> PageNotFoundException.unknownEvent(slug));
	}

}
