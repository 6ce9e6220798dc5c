package org.plumbline.registration;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code plumbline_registrations{status="registered"}} and the other statuses, and
 * {@code plumbline_waiting_list_length}: every event's registrations, counted by the
 * database at each scrape rather than in this JVM, so that every instance of a site on
 * one database reports the same figures.
 */
@Component
class RegistrationMetrics implements MeterBinder {

	private final RegistrationCounts counts;

	RegistrationMetrics(RegistrationCounts counts) {
		this.counts = counts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RegistrationStatus status : RegistrationStatus.values()) {
			Gauge.builder("plumbline.registrations", counts, each -> each.inStatus(status))
				.description("Registrations of every event in this status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("plumbline.waiting.list.length", counts, each -> each.inStatus(RegistrationStatus.WAITING))
			.description("Registrations of every event waiting for a place (offers in flight not included)")
			.register(registry);
	}

}
