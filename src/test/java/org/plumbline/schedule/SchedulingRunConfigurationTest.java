package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.plumbline.jdbc.InstanceName;
import org.plumbline.schedule.domain.SchedulingRunRepository;
import org.plumbline.schedule.domain.SchedulingRunWorker;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A server claims and solves runs unless {@code plumbline.scheduling.enabled} is false;
 * the command line (no web server) never does. Only the wiring is tested here: the
 * worker's collaborators are stand-ins.
 */
class SchedulingRunConfigurationTest {

	private final WebApplicationContextRunner servers = collaborators(new WebApplicationContextRunner());

	@Test
	void aServerRunsOneWorkerUnderTheConfiguredName() {
		servers.withPropertyValues("plumbline.instance-id=node-1")
			.run(context -> assertThat(context.getBean(SchedulingRunWorker.class).instanceId()).isEqualTo("node-1"));
	}

	@Test
	void theSettingsFormerKeyStillNamesTheWorkerWhenTheNewOneIsNotSet() {
		servers.withPropertyValues("plumbline.scheduling.instance-id=node-old")
			.run(context -> assertThat(context.getBean(SchedulingRunWorker.class).instanceId()).isEqualTo("node-old"));
		servers.withPropertyValues("plumbline.scheduling.instance-id=node-old", "plumbline.instance-id=node-new")
			.run(context -> assertThat(context.getBean(SchedulingRunWorker.class).instanceId()).isEqualTo("node-new"));
	}

	@Test
	void withoutAConfiguredNameAWorkerIsNamedAfterItsHostAndARandomSuffix() {
		servers.run(context -> assertThat(context.getBean(SchedulingRunWorker.class).instanceId())
			.matches(".+-[0-9a-f]{8}"));
	}

	@Test
	void aServerWithSchedulingDisabledClaimsNoRuns() {
		servers.withPropertyValues("plumbline.scheduling.enabled=false")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SchedulingRunWorker.class));
	}

	@Test
	void theCommandLineClaimsNoRuns() {
		collaborators(new ApplicationContextRunner())
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SchedulingRunWorker.class));
	}

	@Test
	void aWorkerWithoutRoomForOneRunIsRefusedAtStartUp() {
		servers.withPropertyValues("plumbline.scheduling.max-runs=0")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("plumbline.scheduling.max-runs must be at least 1, not 0"));
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R collaborators(R runner) {
		return runner.withUserConfiguration(SchedulingRunConfiguration.class)
			.withBean(SchedulingRunRepository.class, () -> mock(SchedulingRunRepository.class))
			.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
			.withBean(Clock.class, Clock::systemUTC)
			.withBean(InstanceName.class);
	}

}
