package org.plumbline.account.domain;

import java.time.Duration;

/** How often mail with a link may be sent to one account on request. */
final class MailedLinks {

	/**
	 * At most one reset link, and one new verification link on signing in unverified, per
	 * account in this time; forms that anyone may submit must not flood a mailbox.
	 */
	static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

	private MailedLinks() {
	}

}
