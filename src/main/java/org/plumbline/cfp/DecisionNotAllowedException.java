package org.plumbline.cfp;

/**
 * The account may not decide this topic, or there is no such topic: only the organisers
 * of its event and the leads of its MC (for a plain track, the organisers) may. Pages
 * turn it into 404, so that no one learns what they may not see.
 */
public class DecisionNotAllowedException extends RuntimeException {

	public DecisionNotAllowedException(String message) {
		super(message);
	}

}
