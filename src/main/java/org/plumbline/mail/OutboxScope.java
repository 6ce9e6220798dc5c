package org.plumbline.mail;

/**
 * Which messages of the outbox a page shows: an event's (its organisers), those of no
 * event (account mail, and mail of deleted events), or all (the site's admin).
 */
public sealed interface OutboxScope {

	static AllMail allMail() {
		return new AllMail();
	}

	static OutboxScope siteMail() {
		return new SiteMail();
	}

	static OutboxScope eventMail(long eventId) {
		return new EventMail(eventId);
	}

	/** Every message. */
	record AllMail() implements OutboxScope {

	}

	/** Messages that belong to no event. */
	record SiteMail() implements OutboxScope {

	}

	/** Messages of one event. */
	record EventMail(long eventId) implements OutboxScope {

	}

}
