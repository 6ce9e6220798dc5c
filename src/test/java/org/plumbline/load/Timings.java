package org.plumbline.load;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The answers of one kind of request (a form's post, a public page): when each was sent,
 * how long it took and its status, or that no answer came (the connection failed or timed
 * out, as while the application is down).
 */
final class Timings {

	/** The status recorded for a request that got no answer. */
	static final int NO_ANSWER = -1;

	private record Sample(long sentAtNanos, long tookNanos, int status) {
	}

	private final String name;

	private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	Timings(String name) {
		this.name = name;
	}

	void record(long sentAtNanos, long tookNanos, int status) {
		samples.add(new Sample(sentAtNanos, tookNanos, status));
	}

	String name() {
		return name;
	}

	long count() {
		return samples.size();
	}

	long serverErrors() {
		return samples.stream().filter(sample -> sample.status() >= 500).count();
	}

	long unanswered() {
		return samples.stream().filter(sample -> sample.status() == NO_ANSWER).count();
	}

	long withStatus(int status) {
		return samples.stream().filter(sample -> sample.status() == status).count();
	}

	/** Answered requests per second, from the first sent to the last answered. */
	double perSecond() {
		List<Sample> answered = answered();
		if (answered.size() < 2) {
			return 0;
		}
		long first = answered.stream().mapToLong(Sample::sentAtNanos).min().orElseThrow();
		long last = answered.stream()
			.mapToLong(sample -> sample.sentAtNanos() + sample.tookNanos())
			.max()
			.orElseThrow();
		return answered.size() / ((last - first) / 1e9);
	}

	/** The latency of answered requests at the quantile (0.5, 0.99), in milliseconds. */
	double percentileMillis(double quantile) {
		long[] took = answered().stream().mapToLong(Sample::tookNanos).sorted().toArray();
		if (took.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * took.length) - 1;
		return took[Math.max(0, index)] / 1e6;
	}

	/** One row of the figures table. */
	String row() {
		return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.0f | %.0f |", name, count(),
				serverErrors(), withStatus(503), unanswered(), perSecond(), percentileMillis(0.5),
				percentileMillis(0.99));
	}

	static String header() {
		return "| requests | sent | 5xx | of them 503 | no answer | answered/s | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
	}

	private List<Sample> answered() {
		return samples.stream().filter(sample -> sample.status() != NO_ANSWER).toList();
	}

}
