package org.plumbline.registration.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.registration.WaitingLines;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisers' page of the event's waiting lines: per ticket type, the offers in
 * flight and the line in the order it is served. Anyone else is told it does not exist.
 */
@Controller
class WaitingLinePages {

	private final Rights rights;

	private final WaitingLines lines;

	WaitingLinePages(Rights rights, WaitingLines lines) {
		this.rights = rights;
		this.lines = lines;
	}

	@GetMapping("/manage/{event}/registration/waiting")
	String lines(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, Model model) {
		Event event = rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("event", event);
		model.addAttribute("lines", lines.of(event, me.id()));
		return "registration/waiting";
	}

}
