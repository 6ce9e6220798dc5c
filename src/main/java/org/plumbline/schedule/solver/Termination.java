package org.plumbline.schedule.solver;

/**
 * When a solver stops: after so many seconds, or after so many local-search steps (the
 * reproducible choice: the same problem, seed and threads give the same solution).
 */
public sealed interface Termination {

	static Termination seconds(long seconds) {
		return new Seconds(seconds);
	}

	static Termination steps(int steps) {
		return new Steps(steps);
	}

	record Seconds(long seconds) implements Termination {

		public Seconds {
			if (seconds <= 0) {
				throw new IllegalArgumentException("seconds must be positive, not " + seconds);
			}
		}

	}

	record Steps(int steps) implements Termination {

		public Steps {
			if (steps <= 0) {
				throw new IllegalArgumentException("steps must be positive, not " + steps);
			}
		}

	}

}
