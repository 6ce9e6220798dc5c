package org.plumbline.registration;

/**
 * An organisers' registration page or change asked for by an account that does not
 * organise the event: to them it does not exist (the web layer answers 404 before it
 * asks). Nothing was written.
 */
public class NotAnOrganiserException extends RuntimeException {

	public NotAnOrganiserException(String message) {
		super(message);
	}

}
