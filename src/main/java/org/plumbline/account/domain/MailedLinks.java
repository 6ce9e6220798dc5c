package org.plumbline.account.domain;

import java.time.Duration;

/** How often mail may be sent to one address on request. */
public final class MailedLinks {

	/**
	 * At most one reset link, one new verification link on signing in unverified, one
	 * sign-up mail, and one invitation to a role, per address in this time; forms that
	 * anyone (or any organiser) may submit must not flood a mailbox.
	 */
	public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

	private MailedLinks() {
	}

}
