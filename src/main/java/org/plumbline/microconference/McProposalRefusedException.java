package org.plumbline.microconference;

/**
 * A change to a proposal that its state or the call's window does not allow; the message
 * says why, in words for the user.
 */
public class McProposalRefusedException extends RuntimeException {

	public McProposalRefusedException(String message) {
		super(message);
	}

}
