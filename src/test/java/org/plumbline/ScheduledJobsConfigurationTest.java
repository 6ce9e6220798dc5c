package org.plumbline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * A server runs the features' scheduled jobs;
 * {@code plumbline.scheduled-jobs.enabled=false} (the command line's contexts) runs none.
 */
class ScheduledJobsConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(ScheduledJobsConfiguration.class)
		.withBean(HourlyJob.class);

	@Test
	void aServerRunsTheScheduledJobs() {
		contexts.run(context -> assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
			.flatExtracting(ScheduledTaskHolder::getScheduledTasks)
			.hasSize(1));
	}

	@Test
	void scheduledJobsSwitchedOffRunNone() {
		contexts.withPropertyValues("plumbline.scheduled-jobs.enabled=false")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledTaskHolder.class));
	}

	static class HourlyJob {

		@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
		void run() {
			// a job to count, never run within the test
		}

	}

}
