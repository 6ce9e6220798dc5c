package org.plumbline.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who besides the site admins may read the actuator ({@code plumbline.metrics.*}).
 *
 * @param scrapeToken the bearer token a metrics scraper sends
 * ({@code Authorization: Bearer <token>}) to read {@code /actuator/prometheus} and the
 * health check's details without signing in; unset, only signed-in site admins may. At
 * least {@value #MIN_TOKEN_LENGTH} characters, so that it cannot be guessed.
 */
@ConfigurationProperties("plumbline.metrics")
public record MetricsProperties(String scrapeToken) {

	static final int MIN_TOKEN_LENGTH = 32;

	public MetricsProperties {
		if (scrapeToken != null && !scrapeToken.isBlank() && scrapeToken.strip().length() < MIN_TOKEN_LENGTH) {
			throw new IllegalArgumentException("plumbline.metrics.scrape-token must have at least " + MIN_TOKEN_LENGTH
					+ " characters, not " + scrapeToken.strip().length());
		}
		scrapeToken = (scrapeToken == null || scrapeToken.isBlank()) ? null : scrapeToken.strip();
	}

}
