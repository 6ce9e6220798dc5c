package org.plumbline.schedule;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

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
			Clock clock, SchedulingRunProperties properties) {
		return new SchedulingRunWorker(runs, new TransactionTemplate(transactionManager), clock, instanceId(properties),
				properties.maxRuns());
	}

	/** The configured name, or the host's with a random suffix (two JVMs on one host). */
	private static String instanceId(SchedulingRunProperties properties) {
		if (!properties.instanceId().isBlank()) {
			return properties.instanceId().strip();
		}
		String host = System.getenv("HOSTNAME");
		byte[] suffix = new byte[4];
		new SecureRandom().nextBytes(suffix);
		return (host == null || host.isBlank() ? "plumbline" : host.strip()) + "-" + HexFormat.of().formatHex(suffix);
	}

}
