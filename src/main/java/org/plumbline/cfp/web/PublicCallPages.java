package org.plumbline.cfp.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.pagecache.SharedPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public list of an event's calls for topics that are open or still to open, with
 * their windows in the event's time zone. It depends only on the clock, never on who
 * asks, so every visitor gets the same bytes.
 */
@Controller
class PublicCallPages {

	private final EventCatalog events;

	private final TopicCalls calls;

	PublicCallPages(EventCatalog events, TopicCalls calls) {
		this.events = events;
		this.calls = calls;
	}

	@GetMapping("/{event:[a-z][a-z0-9_]+}/calls")
	String list(@PathVariable("event") String slug, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instant now = calls.now();
		List<TopicCall> all = calls.calls(event.id());
		// the same for everyone, so kept (and served while the database is away) until a
		// call opens or closes
		SharedPages.sameForEveryoneUntil(request, response,
				all.stream().flatMap(call -> call.nextChangeAfter(now).stream()).min(Comparator.naturalOrder()));
		model.addAttribute("event", event);
		model.addAttribute("open", all.stream().filter(call -> call.isOpenAt(now)).toList());
		model.addAttribute("upcoming", all.stream().filter(call -> call.opensAfter(now)).toList());
		return "cfp/calls";
	}

}
