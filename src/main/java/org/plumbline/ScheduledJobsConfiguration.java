package org.plumbline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} jobs of every feature (mail delivery, waiting-list offers,
 * unpaid registrations, confirmation reminders, solver runs, the clean-up of sign-in
 * throttles and of sign-up limits per client) unless
 * {@code plumbline.scheduled-jobs.enabled} is false, as the command line's contexts set
 * it ({@code cli/CommandLineContexts}): a command that exits once its work is done must
 * not claim mail or offers on the way, which it would leave half-done until their leases
 * ran out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "plumbline.scheduled-jobs.enabled", matchIfMissing = true)
@EnableScheduling
class ScheduledJobsConfiguration {

}
