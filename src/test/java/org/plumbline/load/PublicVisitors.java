package org.plumbline.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Anonymous visitors loading an event's public pages at a fixed rate, each request on a
 * virtual thread of its own so that a slow answer does not slow the rate (an open model,
 * as many independent browsers are).
 */
final class PublicVisitors implements AutoCloseable {

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicLong next = new AtomicLong();

	private final Timings timings;

	/** Not-200 answers below 500 (a 404 would say a path is wrong). */
	private final AtomicLong unexpected = new AtomicLong();

	PublicVisitors(Site site, List<String> paths, int perSecond, Timings timings) {
		this.timings = timings;
		long periodMicros = 1_000_000L / perSecond;
		clock.scheduleAtFixedRate(() -> {
			String path = paths.get((int) (next.getAndIncrement() % paths.size()));
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
			});
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
	}

	Timings timings() {
		return timings;
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
