package org.plumbline.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Anonymous visitors loading an event's public pages at a fixed rate, each request on a
 * virtual thread of its own so that a slow answer does not slow the rate (an open model,
 * as many independent browsers are).
 */
final class PublicVisitors implements AutoCloseable {

	static final int MAX_IN_FLIGHT = 200;

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicLong next = new AtomicLong();

	private final Timings timings;

	/**
	 * The most requests waiting for an answer at once: past it a tick sends nothing and
	 * is counted, so that an application that falls behind is not buried under
	 * connections the harness keeps opening (the figures then show the rate it really
	 * served).
	 */
	private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

	private final AtomicLong notSent = new AtomicLong();

	/** Not-200 answers below 500 (a 404 would say a path is wrong). */
	private final AtomicLong unexpected = new AtomicLong();

	PublicVisitors(Site site, List<String> paths, int perSecond, Timings timings) {
		this.timings = timings;
		long periodMicros = 1_000_000L / perSecond;
		clock.scheduleAtFixedRate(() -> {
			String path = paths.get((int) (next.getAndIncrement() % paths.size()));
			if (!inFlight.tryAcquire()) {
				notSent.incrementAndGet();
				return;
			}
			requests.execute(() -> {
				try {
					int status = site.get(path, null, timings).status();
					if (status != 200 && status < 500) {
						unexpected.incrementAndGet();
					}
				}
				catch (IOException noAnswer) {
					// counted by the timings as unanswered
				}
				catch (InterruptedException stopped) {
					Thread.currentThread().interrupt();
				}
				finally {
					inFlight.release();
				}
			});
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
	}

	Timings timings() {
		return timings;
	}

	/** Ticks that sent nothing because {@link #MAX_IN_FLIGHT} requests were waiting. */
	long notSent() {
		return notSent.get();
	}

	long unexpected() {
		return unexpected.get();
	}

	@Override
	public void close() throws InterruptedException {
		clock.shutdownNow();
		requests.shutdown();
		requests.awaitTermination(1, TimeUnit.MINUTES);
	}

}
