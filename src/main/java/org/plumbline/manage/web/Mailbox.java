package org.plumbline.manage.web;

import java.util.Locale;

import org.plumbline.event.Event;
import org.plumbline.mail.MailStatus;
import org.plumbline.mail.OutboxScope;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The part of the outbox that a page shows, and where its pages live: an event's mail for
 * its organisers, or the site admin's view of all mail or of the mail of no event.
 *
 * @param event the event, or null on the site admin's pages
 * @param scope the messages the page shows
 * @param path the outbox page's address; a message's page is below it
 * @param adminView {@code all} or {@code site} on the admin's outbox page, else null
 * @param times how the page shows instants: in the event's zone, or in UTC
 */
public record Mailbox(Event event, OutboxScope scope, String path, String adminView, Times times) {

	static Mailbox of(Event event) {
		return new Mailbox(event, OutboxScope.eventMail(event.id()), "/manage/" + event.slug() + "/mail", null,
				new Times(event.timeZone()));
	}

	/** Every message, for the site admin. */
	static Mailbox allMail() {
		return new Mailbox(null, OutboxScope.allMail(), "/admin/mail", "all", Times.UTC);
	}

	/** The messages of no event (account mail), for the site admin. */
	static Mailbox siteMail() {
		return new Mailbox(null, OutboxScope.siteMail(), "/admin/mail", "site", Times.UTC);
	}

	/**
	 * The outbox page with a status filter (null for every status) and a page (from 1).
	 */
	public String listLink(MailStatus status, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if ("site".equals(adminView)) {
			uri.queryParam("view", adminView);
		}
		if (status != null) {
			uri.queryParam("status", status.name().toLowerCase(Locale.ROOT));
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.build().toUriString();
	}

	public String messageLink(long id) {
		return path + "/" + id;
	}

	public String resendAction(long id) {
		return path + "/" + id + "/resend";
	}

	/** A status as the pages name it: "failed". */
	public static String named(MailStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}
