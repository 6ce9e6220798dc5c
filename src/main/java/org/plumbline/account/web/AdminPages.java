package org.plumbline.account.web;

import org.plumbline.account.PublicUrl;
import org.plumbline.event.EventCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site admin's start page: every event, with the way to its team, and a warning when
 * mailed links would point at localhost.
 */
@Controller
class AdminPages {

	private final EventCatalog events;

	private final PublicUrl publicUrl;

	AdminPages(EventCatalog events, PublicUrl publicUrl) {
		this.events = events;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("events", events.listEvents());
		model.addAttribute("publicUrlWarning", publicUrl.warning().orElse(null));
		return "account/admin";
	}

}
