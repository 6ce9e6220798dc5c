package org.plumbline.manage.web;

import java.util.Locale;

import org.plumbline.account.SignedInAccount;
import org.plumbline.mail.MailNotFoundException;
import org.plumbline.mail.MailOutbox;
import org.plumbline.mail.MailStatus;
import org.plumbline.mail.OutboxMessage;
import org.plumbline.mail.OutboxScope;
import org.plumbline.mail.RenderedMail;
import org.plumbline.mail.ResentMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for an event's organisers and for the site admin: counts per status, the
 * messages page by page, each message's text, and resending a sent or failed one as a
 * copy. Without SMTP settings nothing is sent and the pages say so: the outbox is then
 * where the mail is read.
 */
@Controller
class OutboxPages {

	static final int PAGE_SIZE = 50;

	private final OrganisedEvents organisedEvents;

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	OutboxPages(OrganisedEvents organisedEvents, MailOutbox outbox, ObjectProvider<JavaMailSender> smtp) {
		this.organisedEvents = organisedEvents;
		this.outbox = outbox;
		this.smtp = smtp;
	}

	@GetMapping("/manage/{event}/mail")
	String eventOutbox(@PathVariable("event") String slug, @AuthenticationPrincipal SignedInAccount me,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		return list(Mailbox.of(organisedEvents.require(slug, me)), status, page, model);
	}

	@GetMapping("/manage/{event}/mail/{id}")
	String eventMessage(@PathVariable("event") String slug, @PathVariable("id") long id,
			@AuthenticationPrincipal SignedInAccount me, CsrfToken csrf, Model model) {
		return message(Mailbox.of(organisedEvents.require(slug, me)), id, null, csrf, model);
	}

	@PostMapping("/manage/{event}/mail/{id}/resend")
	String resendEventMessage(@PathVariable("event") String slug, @PathVariable("id") long id,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return resend(Mailbox.of(organisedEvents.require(slug, me)), id, me, redirect);
	}

	@GetMapping("/admin/mail")
	String siteOutbox(@RequestParam(name = "view", defaultValue = "all") String view,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Mailbox mailbox = switch (view) {
			case "all" -> Mailbox.allMail();
			case "site" -> Mailbox.siteMail();
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "view must be all or site");
		};
		return list(mailbox, status, page, model);
	}

	/**
	 * Without SMTP the admin passes on verification and reset mail by hand, so this page
	 * shows them with their links; organisers' pages never do.
	 */
	@GetMapping("/admin/mail/{id}")
	String siteMessage(@PathVariable("id") long id, CsrfToken csrf, Model model) {
		RenderedMail textToPassOn = outbox.textToPassOn(OutboxScope.allMail(), id).orElse(null);
		return message(Mailbox.allMail(), id, textToPassOn, csrf, model);
	}

	@PostMapping("/admin/mail/{id}/resend")
	String resendSiteMessage(@PathVariable("id") long id, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		return resend(Mailbox.allMail(), id, me, redirect);
	}

	private String list(Mailbox mailbox, String status, int page, Model model) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 1 or more");
		}
		MailStatus only = (status == null || status.isBlank()) ? null : status(status);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("status", only);
		model.addAttribute("counts", outbox.countByStatus(mailbox.scope()));
		model.addAttribute("messages", outbox.list(mailbox.scope(), only, page - 1, PAGE_SIZE));
		model.addAttribute("smtpConfigured", smtpConfigured());
		return "manage/outbox";
	}

	private String message(Mailbox mailbox, long id, RenderedMail textToPassOn, CsrfToken csrf, Model model) {
		OutboxMessage message = outbox.find(mailbox.scope(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("message", message);
		model.addAttribute("textToPassOn", textToPassOn);
		model.addAttribute("smtpConfigured", smtpConfigured());
		model.addAttribute("csrf", csrf);
		model.addAttribute("notice", model.getAttribute("notice"));
		model.addAttribute("refusal", model.getAttribute("refusal"));
		return "manage/message";
	}

	private String resend(Mailbox mailbox, long id, SignedInAccount me, RedirectAttributes redirect) {
		try {
			ResentMail copy = outbox.resend(mailbox.scope(), id, me.id());
			redirect.addFlashAttribute("notice", copy.alreadyQueued()
					? "Message " + id + " was already queued again at " + mailbox.times().timeOfDay(copy.queuedAt())
							+ ", as message " + copy.copyId() + "; no other copy is made."
					: "A copy of message " + id + " is queued as message " + copy.copyId() + ".");
			return "redirect:" + mailbox.messageLink(copy.copyId());
		}
		catch (MailNotFoundException notInScope) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("refusal", refused.getMessage());
			return "redirect:" + mailbox.messageLink(id);
		}
	}

	private boolean smtpConfigured() {
		return smtp.getIfAvailable() != null;
	}

	private static MailStatus status(String name) {
		try {
			return MailStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status " + name);
		}
	}

}
