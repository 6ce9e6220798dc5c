package org.plumbline.registration;

/**
 * A ticket type change asked for by someone who does not organise the event: to them the
 * page does not exist, and the web layer answers 404. Nothing was written.
 */
public class TicketTypeNotFoundException extends RuntimeException {

	public TicketTypeNotFoundException(String message) {
		super(message);
	}

}
