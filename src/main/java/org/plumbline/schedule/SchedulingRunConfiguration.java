package org.plumbline.schedule;

import java.time.Clock;

import org.plumbline.jdbc.InstanceName;
import org.plumbline.schedule.domain.SchedulingRunRepository;
import org.plumbline.schedule.domain.SchedulingRunWorker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The solver-run worker, on a server only (the command line's imports claim no runs),
 * unless {@code plumbline.scheduling.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingRunProperties.class)
class SchedulingRunConfiguration {

	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnBooleanProperty(name = "plumbline.scheduling.enabled", matchIfMissing = true)
	SchedulingRunWorker schedulingRunWorker(SchedulingRunRepository runs, PlatformTransactionManager transactionManager,
			Clock clock, SchedulingRunProperties properties, InstanceName instance) {
		return new SchedulingRunWorker(runs, new TransactionTemplate(transactionManager), clock, instance.value(),
				properties.maxRuns());
	}

}
