package org.plumbline.registration;

/**
 * A payment page's object asked for by someone who does not organise the event, or one
 * that is not the event's: to them it does not exist, and the web layer answers 404.
 * Nothing was written.
 */
public class PaymentNotFoundException extends RuntimeException {

	public PaymentNotFoundException(String message) {
		super(message);
	}

}
