package org.plumbline.schedule.solver;

/**
 * A solve stopped (by its {@link StopSignal}) before its construction had placed every
 * talk, so it has no timetable to give.
 */
public class IncompleteSolutionException extends RuntimeException {

	IncompleteSolutionException() {
		super("The run was stopped before it had placed every session once, so it has no timetable to propose: "
				+ "run it again and let it go on longer.");
	}

}
