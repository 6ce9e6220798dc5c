package org.plumbline.registration;

import org.plumbline.account.Rights;
import org.plumbline.event.Event;

/** The one check that the registration feature's organisers' services make first. */
final class Organisers {

	private Organisers() {
	}

	/**
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	static void require(Rights rights, Event event, long accountId) {
		if (!rights.isOrganiser(accountId, event.id())) {
			throw new NotAnOrganiserException("Account " + accountId + " does not organise " + event.slug());
		}
	}

}
