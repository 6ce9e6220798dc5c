package org.plumbline.schedule.solver;

/** A problem the solver refuses before solving; the message names the item at fault. */
public class InvalidProblemException extends RuntimeException {

	InvalidProblemException(String message) {
		super(message);
	}

}
