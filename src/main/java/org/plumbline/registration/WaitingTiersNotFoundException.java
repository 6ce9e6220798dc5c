package org.plumbline.registration;

/**
 * A look at or a change of the waiting list's tiers asked for by someone who does not
 * organise the event: to them the page does not exist, and the web layer answers 404.
 * Nothing was written.
 */
public class WaitingTiersNotFoundException extends RuntimeException {

	public WaitingTiersNotFoundException(String message) {
		super(message);
	}

}
