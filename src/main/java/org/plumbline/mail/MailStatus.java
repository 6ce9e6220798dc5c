package org.plumbline.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {

	/**
	 * Waiting for its (next) attempt; also where mail stays while no SMTP is configured.
	 */
	PENDING,

	/**
	 * Claimed by a delivery worker, which is sending it; claimed again once its lease has
	 * expired (the worker died).
	 */
	SENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the configured number of attempts; an organiser may resend it. */
	FAILED,

	/**
	 * Never sent: its address is in the {@code .invalid} top-level domain, which can
	 * receive no mail (RFC 2606), as the generated sample event's people's addresses are.
	 * It shows what would have been sent.
	 */
	WITHHELD

}
