package org.plumbline.jdbc;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The requests that need the database, let in a bounded number at once while the others
 * wait their turn in the order they came, each for a bounded time. After a restart or at
 * a deadline, hundreds of requests arrive together; let in all at once, each would wait
 * for a pooled connection several times (its session, its work, its session again) and
 * many would pass the pool's time-out; in line, the pool serves the admitted few quickly
 * and the rest follow in order.
 */
final class RequestLine {

	private final Semaphore places;

	private final Duration longestWait;

	private final Counter turnedAway;

	RequestLine(int atOnce, Duration longestWait, MeterRegistry meters) {
		if (atOnce < 1) {
			throw new IllegalArgumentException("plumbline.requests.at-once must be at least 1, not " + atOnce);
		}
		this.places = new Semaphore(atOnce, true);
		this.longestWait = longestWait;
		Gauge.builder("plumbline.requests.waiting", places, Semaphore::getQueueLength)
			.description("Requests that need the database waiting for their turn")
			.register(meters);
		Gauge.builder("plumbline.requests.admitted", places, line -> atOnce - line.availablePermits())
			.description("Requests that need the database being answered")
			.register(meters);
		this.turnedAway = Counter.builder("plumbline.requests.turned.away")
			.description("Requests answered 'too busy' after waiting their longest in line")
			.register(meters);
	}

	/**
	 * Waits for the request's turn: its place, or {@code null} if it must be turned away,
	 * its turn not come within the longest wait (counted) or the server stopping. A place
	 * must be left.
	 */
	Place enter() {
		try {
			if (places.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
				return new Place();
			}
			turnedAway.increment();
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/**
	 * A request's place in the line, left once: when its answer starts going out (a
	 * download may take minutes) or when it ends, whichever comes first.
	 */
	final class Place {

		private final AtomicBoolean left = new AtomicBoolean();

		void leave() {
			if (left.compareAndSet(false, true)) {
				places.release();
			}
		}

	}

}
