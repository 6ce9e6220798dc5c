package org.plumbline.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Reads {@code plumbline.mail.*}; the delivery worker itself is
 * {@link MailDeliveryConfiguration}'s, run by the scheduled jobs
 * ({@code ScheduledJobsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

}
