package org.plumbline.mail;

/**
 * No message with this id in the outbox, or none that the asker's scope shows: a page
 * answers 404 either way, so that a message of another event is not revealed.
 */
public class MailNotFoundException extends RuntimeException {

	MailNotFoundException(long id) {
		super("There is no message " + id + " in this outbox.");
	}

}
