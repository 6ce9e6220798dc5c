package org.plumbline.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {

	/**
	 * Waiting for its (next) attempt; also where mail stays while no SMTP is configured.
	 */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the configured number of attempts; an organiser may resend it. */
	FAILED

}
