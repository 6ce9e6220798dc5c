package org.plumbline.registration;

/**
 * A registration's change that its rules forbid now, such as cancelling after the
 * deadline; its message says why, to the person who asked.
 */
public class RegistrationRefusedException extends RuntimeException {

	public RegistrationRefusedException(String message) {
		super(message);
	}

}
