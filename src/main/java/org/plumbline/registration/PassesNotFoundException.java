package org.plumbline.registration;

/**
 * Passes asked for by someone who may not see them, or of an MC that hands out none:
 * answered as an unknown page.
 */
public class PassesNotFoundException extends RuntimeException {

	public PassesNotFoundException(String message) {
		super(message);
	}

}
