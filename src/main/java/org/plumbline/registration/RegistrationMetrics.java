package org.plumbline.registration;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.plumbline.jdbc.GroupCounts;
import org.plumbline.jdbc.OperatorReads;
import org.springframework.stereotype.Component;

/**
 * {@code plumbline_registrations{status="registered"}} and the other statuses, and
 * {@code plumbline_waiting_list_length}: every event's registrations, counted by the
 * database at each scrape (in one grouped query) rather than in this JVM, so that every
 * instance of a site on one database reports the same figures; no value (NaN) while the
 * database cannot be read.
 */
@Component
class RegistrationMetrics implements MeterBinder {

	private final GroupCounts<RegistrationStatus> counts;

	RegistrationMetrics(RegistrationCounts counts, OperatorReads reads) {
		this.counts = reads.groupCounts(counts::byStatus);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RegistrationStatus status : RegistrationStatus.values()) {
			Gauge.builder("plumbline.registrations", counts.of(status))
				.description("Registrations of every event in this status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("plumbline.waiting.list.length", counts.of(RegistrationStatus.WAITING))
			.description("Registrations of every event waiting for a place (offers in flight not included)")
			.register(registry);
	}

}
