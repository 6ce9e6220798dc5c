package org.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.PlumblineApplication;
import org.plumbline.mail.domain.MailDeliveryWorker;
import org.plumbline.testsupport.FreePorts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * A command ({@code ./plumbline import}, {@code export}, {@code generate}) on a host
 * whose configuration names an SMTP server runs its one piece of work and exits: it
 * claims no mail and runs no scheduled job (offers, unpaid registrations, reminders),
 * which it would leave claimed and half-done behind it.
 */
class CommandLineContextsTest {

	@TempDir
	Path dataDir;

	@Test
	void aCommandsContextHasNoMailWorkerAndNoScheduledJobThoughAnSmtpServerIsConfigured() {
		try (ConfigurableApplicationContext context = CommandLineContexts.start(PlumblineApplication.class,
				List.of("--plumbline.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + FreePorts.next()))) {
			assertThat(context.getBeanProvider(MailDeliveryWorker.class).getIfAvailable()).isNull();
			assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
				.flatExtracting(ScheduledTaskHolder::getScheduledTasks)
				.isEmpty();
		}
	}

}
