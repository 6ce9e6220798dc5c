package org.plumbline.load;

import java.time.Duration;
import java.time.Instant;

/**
 * A kill of the application with SIGKILL at a point of a rush's window, and its restart
 * on the same database at once; or nothing, for a rush without a crash.
 */
final class Crash {

	private final Application application;

	private final double atFraction;

	private int kills;

	private Duration lastRestart = Duration.ZERO;

	private Crash(Application application, double atFraction) {
		this.application = application;
		this.atFraction = atFraction;
	}

	static Crash none() {
		return new Crash(null, 0);
	}

	/** A kill at the given fraction of the window (0.4: 40 % into it). */
	static Crash at(Application application, double atFraction) {
		return new Crash(application, atFraction);
	}

	boolean strikes() {
		return application != null;
	}

	/** Waits for the point of the window, kills and restarts; nothing without a crash. */
	void during(Instant from, Instant to) throws Exception {
		if (!strikes()) {
			return;
		}
		long windowMillis = Duration.between(from, to).toMillis();
		DeadlineRush.sleepUntil(from.plusMillis((long) (windowMillis * atFraction)));
		application.kill();
		kills++;
		System.out.println("load: killed the application (kill -9) at " + Instant.now() + "; restarting");
		lastRestart = application.start();
		System.out.println("load: the application answers again after " + lastRestart.toMillis() + " ms");
	}

	int kills() {
		return kills;
	}

	Duration lastRestart() {
		return lastRestart;
	}

}
