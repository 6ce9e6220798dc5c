package org.plumbline.manage.web;

import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.OutboxScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An organiser's start page for an event: the way to its team, mail, mail texts and audit
 * log, with the mail that waits or failed, so that a problem shows at once.
 */
@Controller
class ManagePages {

	private final OrganisedEvents organisedEvents;

	private final MailOutbox outbox;

	ManagePages(OrganisedEvents organisedEvents, MailOutbox outbox) {
		this.organisedEvents = organisedEvents;
		this.outbox = outbox;
	}

	@GetMapping("/manage/{event}")
	String start(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me, Model model) {
		Event event = organisedEvents.require(slug, me);
		model.addAttribute("event", event);
		model.addAttribute("mailCounts", outbox.countByStatus(OutboxScope.eventMail(event.id())));
		return "manage/event";
	}

}
