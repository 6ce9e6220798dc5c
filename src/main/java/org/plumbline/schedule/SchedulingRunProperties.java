package org.plumbline.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code plumbline.scheduling}: whether and how this instance runs solver
 * runs.
 *
 * @param enabled whether this instance claims and solves runs (any instance queues them)
 * @param pollInterval the pause between two polls for queued runs
 * @param maxRuns how many runs this instance solves at once (each may use up to 8
 * threads)
 */
@ConfigurationProperties("plumbline.scheduling")
public record SchedulingRunProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("PT2S") Duration pollInterval, @DefaultValue("1") int maxRuns) {

	public SchedulingRunProperties {
		if (maxRuns < 1) {
			throw new IllegalArgumentException("plumbline.scheduling.max-runs must be at least 1, not " + maxRuns);
		}
		if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException(
					"plumbline.scheduling.poll-interval must be positive, not " + pollInterval);
		}
	}

}
