package org.plumbline.account.web;

import org.plumbline.event.EventCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The site admin's start page: every event, with the way to its team. */
@Controller
class AdminPages {

	private final EventCatalog events;

	AdminPages(EventCatalog events) {
		this.events = events;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("events", events.listEvents());
		return "account/admin";
	}

}
