package org.plumbline.manage.web;

import org.plumbline.account.Rights;
import org.plumbline.account.SignedInAccount;
import org.plumbline.event.Event;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The event behind a manage page, for its organisers (a site admin organises every
 * event). Anyone else is told the page does not exist (404), as for any private object,
 * so that a stranger learns nothing, not even that the event has such a page.
 */
@Component
class OrganisedEvents {

	private final Rights rights;

	OrganisedEvents(Rights rights) {
		this.rights = rights;
	}

	Event require(String slug, SignedInAccount me) {
		return rights.organisedEvent(slug, me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
