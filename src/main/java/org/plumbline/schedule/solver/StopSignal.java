package org.plumbline.schedule.solver;

import ai.timefold.solver.core.api.solver.Solver;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops a solve early from another thread (an organiser's stop button): every solver of
 * the run ends its current step and the best solution found so far is the result. A
 * solver that has not started yet stops at its first complete solution.
 */
public final class StopSignal {

	private final List<Solver<?>> solvers = new ArrayList<>();

	private boolean stopped;

	/** Asks every solver of the run, running or still to start, to stop. */
	public synchronized void stop() {
		stopped = true;
		solvers.forEach(Solver::terminateEarly);
	}

	public synchronized boolean stopped() {
		return stopped;
	}

	synchronized void watch(Solver<?> solver) {
		solvers.add(solver);
		if (stopped) {
			solver.terminateEarly();
		}
	}

}
