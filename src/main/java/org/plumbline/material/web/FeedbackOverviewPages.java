package org.plumbline.material.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.material.FeedbackReports;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The feedback of an event's talks in figures, for its organisers (every talk) and the
 * leads of its MCs (their MCs' talks); 404 for anyone else.
 */
@Controller
class FeedbackOverviewPages {

	private final EventCatalog events;

	private final FeedbackReports reports;

	FeedbackOverviewPages(EventCatalog events, FeedbackReports reports) {
		this.events = events;
		this.reports = reports;
	}

	@GetMapping("/manage/{event}/feedback")
	String overview(@PathVariable("event") String slug, @RequestParam(name = "track", required = false) String track,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		Event event = events.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String chosen = track == null || track.isBlank() ? null : track.strip();
		model.addAttribute("event", event);
		model.addAttribute("overview", FeedbackPages.found(() -> reports.overview(event, me.id(), chosen)));
		return "feedback/overview";
	}

}
